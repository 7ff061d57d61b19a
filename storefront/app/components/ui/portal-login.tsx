import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import type { Portal } from "#app/lib/portal/portals.ts"
import { Form } from "react-router"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { fieldsFor } from "#app/components/ui/field.tsx"
import { LoginWait } from "#app/components/ui/login-wait.tsx"

const fields = {
  producer: fieldsFor<string>("producer"),
  staff: fieldsFor<string>("staff"),
  organizer: fieldsFor<string>("organizer"),
}

/** Why a login was refused, as the portals' actions report it ("tooMany": wait that long). */
export type LoginRefusal = { refusal?: string; waitSeconds?: number }

/**
 * A portal's sign-in page: title and intro, the refusal of the last attempt (too many attempts
 * says how long to wait), email and password, and a footer pointing to the way in for someone
 * without an account yet. Texts are the portal's own `login.*` and `account.*` keys.
 */
export function PortalLogin({
  ns,
  className,
  redirectTo,
  values = {},
  errors = {},
  refused,
  notice,
  footer,
}: {
  ns: Portal["ns"]
  /** The portal's prefix for its auth, muted and form styles. */
  className: "portal" | "staff"
  redirectTo: string | null
  values?: Record<string, string>
  errors?: Partial<Record<"email" | "password", string>>
  refused?: LoginRefusal
  /** A message shown before any attempt (e.g. "this account was disabled"). */
  notice?: ReactNode
  footer: ReactNode
}) {
  const t = useTranslation(ns).t as (key: string, options?: Record<string, unknown>) => string
  const { TextField } = fields[ns]
  return (
    <div className={`container ${className}-auth`}>
      <h1>{t("login.title")}</h1>
      <p className={`${className}-muted`}>{t("login.intro")}</p>
      {notice && !refused ? <FormAlert>{notice}</FormAlert> : null}
      {refused?.refusal ? (
        <FormAlert>
          {refused.refusal === "tooMany" ? (
            <LoginWait seconds={refused.waitSeconds ?? 60} />
          ) : (
            t(`login.${refused.refusal}`)
          )}
        </FormAlert>
      ) : null}
      <Form method="post" className={`${className}-form`} noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo ?? ""} />
        <TextField
          id="email"
          name="email"
          type="email"
          label={t("account.email")}
          autoComplete="username"
          defaultValue={values.email}
          error={errors.email}
          required
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t("account.password")}
          autoComplete="current-password"
          error={errors.password}
          required
        />
        <SubmitButton label={t("login.submit")} pendingLabel={t("login.pending")} />
      </Form>
      <p>{footer}</p>
    </div>
  )
}
