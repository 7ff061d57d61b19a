import { useTranslation } from "react-i18next"
import { Form, Link } from "react-router"
import { portalWayInPath, type Portal } from "#app/lib/portal/portals.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { AuthPage, EmailField, PasswordField } from "#app/components/ui/auth-page.tsx"
import { LoginWait } from "#app/components/ui/login-wait.tsx"

/** Why a login was refused, as the portals' actions report it ("tooMany": wait that long). */
export type LoginRefusal = { refusal?: string; waitSeconds?: number }

/**
 * A portal's sign-in page: title and intro, the refusal of the last attempt (too many attempts
 * says how long to wait) or the account disabled (`?disabled`), email and password, and a footer
 * pointing to the portal's way in for someone without an account yet (register or claim). Texts
 * are the portal's own `login.*` and `account.*` keys.
 */
export function PortalLogin({
  portal,
  page,
  signIn,
}: {
  portal: Portal
  /** The sign-in loader's data: where to go afterwards, whether the account was disabled. */
  page: { redirectTo: string | null; disabled: boolean }
  /** The last attempt, as the sign-in action answered it. */
  signIn?: LoginRefusal & {
    values?: Record<string, string>
    errors?: Partial<Record<"email" | "password", string>>
  }
}) {
  const { ns, className, wayIn } = portal
  const locale = useLocale()
  const t = useTranslation(ns).t as (key: string, options?: Record<string, unknown>) => string
  const values = signIn?.values ?? {}
  const errors = signIn?.errors ?? {}
  return (
    <AuthPage
      portal={className}
      title={t("login.title")}
      intro={t("login.intro")}
      alert={
        <>
          {page.disabled && !signIn ? <FormAlert>{t("login.disabled")}</FormAlert> : null}
          {signIn?.refusal ? (
            <FormAlert>
              {signIn.refusal === "tooMany" ? (
                <LoginWait seconds={signIn.waitSeconds ?? 60} />
              ) : (
                t(`login.${signIn.refusal}`)
              )}
            </FormAlert>
          ) : null}
        </>
      }
      footer={
        <>
          {t(`login.${wayIn}Prompt`)}{" "}
          <Link to={portalWayInPath(portal, locale)}>{t(`login.${wayIn}Link`)}</Link>
        </>
      }
    >
      <Form method="post" className={`${className}-form`} noValidate>
        <input type="hidden" name="redirectTo" value={page.redirectTo ?? ""} />
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
