import { useTranslation } from "react-i18next"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import type { FieldErrors, Refusal } from "#app/lib/staff/forms.ts"

export type { Refusal }

/** Input checks the API names by code, with their own translated explanation. */
const inputCodes = ["unsafe_text", "whole_units"] as const
type InputCode = (typeof inputCodes)[number]
const isInputCode = (code: string | null | undefined): code is InputCode =>
  inputCodes.some((known) => known === code)

/**
 * What went wrong with a form, above it: the API's own refusal (its 400 or 404 message, as the
 * backend wrote it, or in the person's language when the API names the input check that
 * refused), or a count of the fields to correct, or a problem with the whole form.
 */
export function FormRefusal({ refusal, errors }: { refusal?: Refusal; errors?: FieldErrors }) {
  const { t } = useTranslation("staff")
  if (refusal?.status === 409) {
    // The state changed under the form (a shift opened or closed meanwhile): say so, in words.
    return <FormAlert>{t("refusal.conflict")}</FormAlert>
  }
  if (refusal) {
    return (
      <FormAlert>
        {t(refusal.status === 404 ? "refusal.notFound" : "refusal.refused")}
        <span className="staff-refusal">
          {isInputCode(refusal.code) ? t(`refusal.input.${refusal.code}`) : refusal.message}
        </span>
      </FormAlert>
    )
  }
  if (!errors || !Object.keys(errors).length) return null
  const { form: whole, ...fields } = errors
  const count = Object.keys(fields).length
  return (
    <FormAlert>
      {whole ? <span className="staff-refusal__line">{t(whole)}</span> : null}
      {count ? <span className="staff-refusal__line">{t("refusal.fields", { count })}</span> : null}
    </FormAlert>
  )
}
