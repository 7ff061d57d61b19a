import { fieldsFor } from "#app/components/ui/field.tsx"
import type { FieldErrorKey } from "#app/lib/staff/forms.ts"

/** The staff portal's fields, errors from its translations. */
export const {
  TextField: InputField,
  SelectField,
  FieldMessages,
} = fieldsFor<FieldErrorKey>("staff")

/**
 * A number of units inside a table row: labelled by the row's product for screen readers,
 * numeric keypad on a tablet, its error under it.
 */
export function UnitsInput({
  id,
  name,
  label,
  error,
  defaultValue,
}: {
  id: string
  name: string
  label: string
  error?: FieldErrorKey
  defaultValue?: string
}) {
  return (
    <>
      <input
        id={id}
        name={name}
        className="staff-units"
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        defaultValue={defaultValue}
      />
      <FieldMessages id={id} error={error} />
    </>
  )
}
