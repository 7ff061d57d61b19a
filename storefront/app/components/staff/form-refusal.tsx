import { useTranslation } from "react-i18next"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import type { FieldErrors } from "#app/lib/staff-forms.ts"

export type Refusal = { status: number; message: string }

/**
 * What went wrong with a form, above it: the API's own refusal (its 400 or 404 message, as the
 * backend wrote it), or a count of the fields to correct, or a problem with the whole form.
 */
export function FormRefusal({ refusal, errors }: { refusal?: Refusal; errors?: FieldErrors }) {
  const { t } = useTranslation("staff")
  if (refusal) {
    return (
      <FormAlert>
        {t(refusal.status === 404 ? "refusal.notFound" : "refusal.refused")}
        <span className="staff-refusal">{refusal.message}</span>
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
