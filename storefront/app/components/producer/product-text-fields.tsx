import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import type { FieldErrors, ProductValues } from "#app/lib/producer/forms.ts"
import { InputField, TextAreaField } from "./fields.tsx"

/**
 * A product's words, the same when it is created and when it is edited: its title, then the
 * field that differs (its address when new, its subtitle afterwards), then its description.
 */
export function ProductTextFields({
  values,
  errors,
  children,
}: {
  values: ProductValues
  errors: FieldErrors
  children: ReactNode
}) {
  const { t } = useTranslation("producer")
  return (
    <>
      <InputField
        id="title"
        name="title"
        label={t("product.title")}
        defaultValue={values.title}
        error={errors.title}
        required
        maxLength={300}
      />
      {children}
      <TextAreaField
        id="description"
        name="description"
        label={t("product.description")}
        defaultValue={values.description}
        error={errors.description}
        rows={5}
        maxLength={5000}
      />
    </>
  )
}
