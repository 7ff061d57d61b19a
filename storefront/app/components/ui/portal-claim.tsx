import { useTranslation } from "react-i18next"
import { Form, Link } from "react-router"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { AuthPage, EmailField, PasswordField } from "#app/components/ui/auth-page.tsx"
import { InvitationRefusal } from "#app/components/ui/invitation-refusal.tsx"
import { minPasswordLength } from "#app/lib/core/limits.ts"
import type { ClaimData } from "#app/lib/portal/claim.server.ts"
import { portalLoginPath, type Portal } from "#app/lib/portal/portals.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

/**
 * A portal's invitation claim page: the invited email, a new password twice, the token of the
 * link in a hidden field; why the invitation was refused, if it was; the way to the sign-in page
 * for an account already claimed. Texts are the portal's own `claim.*` and `account.*` keys.
 */
export function PortalClaim({
  portal,
  token,
  claimed,
}: {
  portal: Portal
  /** The invitation's token, from the link or the last attempt. */
  token: string | null
  claimed?: ClaimData
}) {
  const { ns, className } = portal
  const locale = useLocale()
  const t = useTranslation(ns).t as (key: string, options?: Record<string, unknown>) => string
  const values = claimed?.values ?? {}
  const errors: Record<string, string> = claimed?.errors ?? {}
  const invitationToken = values.token ?? token
  return (
    <AuthPage
      portal={className}
      title={t("claim.title")}
      intro={t("claim.intro")}
      alert={
        <>
          {claimed?.invitation ? <InvitationRefusal refusal={claimed.invitation} /> : null}
          {claimed?.refusal ? <FormAlert>{claimed.refusal.message}</FormAlert> : null}
        </>
      }
      footer={
        <>
          {t("claim.loginPrompt")}{" "}
          <Link to={portalLoginPath(portal, locale)}>{t("claim.loginLink")}</Link>
        </>
      }
    >
      {invitationToken ? (
        <Form method="post" className={`${className}-form`} noValidate>
          <input type="hidden" name="token" value={invitationToken} />
          <EmailField
            ns={ns}
            label={t("account.email")}
            hint={t("claim.emailHint")}
            autoComplete="username"
            defaultValue={values.email}
            error={errors.email}
          />
          <PasswordField
            ns={ns}
            isNew
            label={t("account.newPassword")}
            hint={t("account.passwordHint", { count: minPasswordLength })}
            error={errors.password}
          />
          <PasswordField
            ns={ns}
            name="password_confirm"
            isNew
            label={t("account.confirmPassword")}
            error={errors.password_confirm}
          />
          <SubmitButton label={t("claim.submit")} pendingLabel={t("claim.pending")} />
        </Form>
      ) : (
        <InvitationRefusal refusal="missing" />
      )}
    </AuthPage>
  )
}
