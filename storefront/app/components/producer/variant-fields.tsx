import { useTranslation } from "react-i18next"
import type { FieldErrors, VariantValues } from "#app/lib/producer/forms.ts"
import { InputField } from "./fields.tsx"

/**
 * One variant (a pack size, a weight…): its name, price in whole đồng, weight and SKU. A
 * variant being edited carries its id; a new product's variants have none yet.
 */
export function VariantFields({
  index,
  values,
  errors,
  removable,
}: {
  index: number
  values: VariantValues
  errors: FieldErrors
  removable: boolean
}) {
  const { t } = useTranslation("producer")
  const name = (field: keyof VariantValues) => `variants[${index}].${field}`
  const field = (key: keyof VariantValues) => ({
    id: `variant-${index}-${key}`,
    name: name(key),
    defaultValue: values[key],
    error: errors[`variants.${index}.${key}`],
  })
  return (
    <fieldset className="portal-variant">
      <legend>{t("variant.legend", { number: index + 1 })}</legend>
      {values.id ? <input type="hidden" name={name("id")} value={values.id} /> : null}
      <InputField
        {...field("title")}
        label={t("variant.title")}
        hint={t("variant.titleHint")}
        required
        maxLength={100}
      />
      <InputField
        {...field("price")}
        label={t("variant.price")}
        hint={t("variant.priceHint")}
        inputMode="numeric"
        autoComplete="off"
        required
      />
      <InputField
        {...field("weight")}
        label={t("variant.weight")}
        inputMode="numeric"
        autoComplete="off"
      />
      <InputField {...field("sku")} label={t("variant.sku")} maxLength={64} autoComplete="off" />
      {removable ? (
        <p className="portal-variant__remove">
          <button
            type="submit"
            className="portal-link-button"
            name="intent"
            value={`removeVariant:${index}`}
            formNoValidate
          >
            {t("variant.remove", { number: index + 1 })}
          </button>
        </p>
      ) : null}
    </fieldset>
  )
}
