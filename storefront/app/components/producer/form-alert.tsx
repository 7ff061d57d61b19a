import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import type { FieldErrors } from "#app/lib/producer/forms.ts"

/** A message about the whole form, announced when it appears. */
export function FormAlert({
  children,
  tone = "error",
}: {
  children: ReactNode
  tone?: "error" | "info"
}) {
  return (
    <div
      className={`portal-alert portal-alert--${tone}`}
      role={tone === "error" ? "alert" : "status"}
    >
      {children}
    </div>
  )
}

/**
 * "Correct the marked fields" above a producer form that came back with errors, with the
 * problem of the whole form when there is one; nothing when there is none.
 */
export function FixErrorsAlert({ errors }: { errors: FieldErrors }) {
  const { t } = useTranslation("producer")
  if (!Object.keys(errors).length) return null
  return (
    <FormAlert>
      {t("form.fixErrors")}
      {errors.form ? <span className="portal-refusal">{t(errors.form)}</span> : null}
    </FormAlert>
  )
}
