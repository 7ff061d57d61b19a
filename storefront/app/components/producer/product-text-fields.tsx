import { useTranslation } from "react-i18next"
import type { FieldErrors, ProductValues } from "#app/lib/producer/forms.ts"
import { InputField, TextAreaField } from "./fields.tsx"

/** The field between title and description: the address while new, the subtitle afterwards. */
const betweenFields = {
  handle: {
    maxLength: 100,
    autoCapitalize: "none",
    autoComplete: "off",
    pattern: "[a-z0-9]+(-[a-z0-9]+)*",
  },
  subtitle: { maxLength: 300 },
} as const

/**
 * A product's words, the same when it is created and when it is edited: its title, then the
 * field that differs (its address when new, its subtitle afterwards), then its description.
 */
export function ProductTextFields({
  values,
  errors,
  between,
}: {
  values: ProductValues
  errors: FieldErrors
  between: keyof typeof betweenFields
}) {
  const { t } = useTranslation("producer")
  const field = (key: "title" | "description" | typeof between) => ({
    id: key,
    name: key,
    label: t(`product.${key}`),
    defaultValue: values[key],
    error: errors[key],
  })
  return (
    <>
      <InputField {...field("title")} required maxLength={300} />
      <InputField
        {...field(between)}
        hint={t(`product.${between}Hint`)}
        {...betweenFields[between]}
      />
      <TextAreaField {...field("description")} rows={5} maxLength={5000} />
    </>
  )
}
