import { useTranslation } from "react-i18next"
import { Form, Link } from "react-router"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { fieldsFor } from "#app/components/ui/field.tsx"
import { InvitationRefusal } from "#app/components/ui/invitation-refusal.tsx"
import { minPasswordLength } from "#app/lib/core/limits.ts"
import type { ClaimData } from "#app/lib/portal/claim.server.ts"
import { portalLoginPath, type Portal } from "#app/lib/portal/portals.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

const fields = {
  producer: fieldsFor<string>("producer"),
  staff: fieldsFor<string>("staff"),
  organizer: fieldsFor<string>("organizer"),
}

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
  const { TextField } = fields[ns]
  const values = claimed?.values ?? {}
  const errors: Record<string, string> = claimed?.errors ?? {}
  const invitationToken = values.token ?? token
  return (
    <div className={`container ${className}-auth`}>
      <h1>{t("claim.title")}</h1>
      <p className={`${className}-muted`}>{t("claim.intro")}</p>
      {claimed?.invitation ? <InvitationRefusal refusal={claimed.invitation} /> : null}
      {claimed?.refusal ? <FormAlert>{claimed.refusal.message}</FormAlert> : null}
      {invitationToken ? (
        <Form method="post" className={`${className}-form`} noValidate>
          <input type="hidden" name="token" value={invitationToken} />
          <TextField
            id="email"
            name="email"
            type="email"
            label={t("account.email")}
            hint={t("claim.emailHint")}
            autoComplete="username"
            defaultValue={values.email}
            error={errors.email}
            required
          />
          <TextField
            id="password"
            name="password"
            type="password"
            label={t("account.newPassword")}
            hint={t("account.passwordHint", { count: minPasswordLength })}
            autoComplete="new-password"
            error={errors.password}
            required
          />
          <TextField
            id="password_confirm"
            name="password_confirm"
            type="password"
            label={t("account.confirmPassword")}
            autoComplete="new-password"
            error={errors.password_confirm}
            required
          />
          <SubmitButton label={t("claim.submit")} pendingLabel={t("claim.pending")} />
        </Form>
      ) : (
        <InvitationRefusal refusal="missing" />
      )}
      <p>
        {t("claim.loginPrompt")}{" "}
        <Link to={portalLoginPath(portal, locale)}>{t("claim.loginLink")}</Link>
      </p>
    </div>
  )
}
