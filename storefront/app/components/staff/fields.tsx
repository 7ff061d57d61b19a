import { useTranslation } from "react-i18next"
import { fieldsFor } from "#app/components/ui/field.tsx"
import type { FieldErrorKey, FieldErrors } from "#app/lib/staff/forms.ts"

/** The staff portal's fields, errors from its translations. */
export const {
  TextField: InputField,
  SelectField,
  FieldMessages,
} = fieldsFor<FieldErrorKey>("staff")

/**
 * A line's number of units in a table row (`<list>[i].<field>`), after the line's hidden id
 * (`<list>[i].<key>`): labelled by the column and the row's item for screen readers, numeric
 * keypad on a tablet, a refused submission's value kept and its error under it.
 */
export function UnitsCell({
  list,
  index,
  line,
  field,
  label,
  item,
  values,
  errors,
}: {
  list: "items" | "returns"
  index: number
  line: { key: "variant_id" | "item_id"; id: string }
  field: "quantity" | "counted"
  label: string
  item: string
  values: Record<string, string>
  errors: FieldErrors
}) {
  const { t } = useTranslation("staff")
  const id = `${list}-${index}-${field}`
  const error = errors[`${list}.${index}.${field}`]
  return (
    <td className="staff-table__input">
      <input type="hidden" name={`${list}[${index}].${line.key}`} value={line.id} />
      <input
        id={id}
        name={`${list}[${index}].${field}`}
        className="staff-units"
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        aria-label={t("form.unitsOf", { label, item })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        defaultValue={values[`${list}[${index}].${field}`]}
      />
      <FieldMessages id={id} error={error} />
    </td>
  )
}
