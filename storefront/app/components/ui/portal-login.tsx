import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import type { Portal } from "#app/lib/portal/portals.ts"
import { Form } from "react-router"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { AuthPage, EmailField, PasswordField } from "#app/components/ui/auth-page.tsx"
import { LoginWait } from "#app/components/ui/login-wait.tsx"

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
  return (
    <AuthPage
      portal={className}
      title={t("login.title")}
      intro={t("login.intro")}
      alert={
        <>
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
        </>
      }
      footer={footer}
    >
      <Form method="post" className={`${className}-form`} noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo ?? ""} />
        <EmailField
          ns={ns}
          label={t("account.email")}
          autoComplete="username"
          defaultValue={values.email}
          error={errors.email}
        />
        <PasswordField ns={ns} label={t("account.password")} error={errors.password} />
        <SubmitButton label={t("login.submit")} pendingLabel={t("login.pending")} />
      </Form>
    </AuthPage>
  )
}
