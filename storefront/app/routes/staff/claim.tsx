import { useTranslation } from "react-i18next"
import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/claim"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { FormRefusal, type Refusal } from "#app/components/staff/form-refusal.tsx"
import { AuthPage, EmailField, PasswordField } from "#app/components/ui/auth-page.tsx"
import { InvitationRefusal } from "#app/components/ui/invitation-refusal.tsx"
import { forwardedClient } from "#app/lib/core/edge.server.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import {
  invitationTokenOf,
  isInvitationRefusal,
  type InvitationRefusal as InvitationRefusalCode,
} from "#app/lib/portal/invitation.ts"
import { minPasswordLength } from "#app/lib/core/limits.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { claimAccount, logIn } from "#app/lib/staff/api.server.ts"
import { ClaimForm, fieldErrors, keptValues, type FieldErrors } from "#app/lib/staff/forms.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { staffPath, staffPaths } from "#app/lib/staff/paths.ts"
import { getStaffToken, redirectWithStaffNotice } from "#app/lib/staff/session.server.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { PortalApiError } from "#app/lib/portal/api.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  if (await getStaffToken(request)) throw redirect(staffPath(staffPaths.home, locale))
  return {
    seo: staffSeo(context, staffT(context)("claim.title")),
    token: invitationTokenOf(request.url),
  }
}

type ActionData = {
  values: Record<string, string>
  errors: FieldErrors
  refusal?: Refusal
  invitation?: InvitationRefusalCode
}

/**
 * Claims the account a programme officer opened, with the token of the invitation link (kept
 * in a hidden field): the invited email's login gets this password and the person is signed in.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const form = await request.formData()
  const values = keptValues(form)
  const parsed = ClaimForm.safeParse({
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
    password_confirm: String(form.get("password_confirm") ?? ""),
  })
  if (!parsed.success)
    return data<ActionData>({ values, errors: fieldErrors(parsed.error) }, { status: 400 })
  const { email, password } = parsed.data
  let token: string
  try {
    const staffUser = await claimAccount({
      token: String(form.get("token") ?? ""),
      email,
      password,
    })
    token = await logIn(staffUser.email, password, forwardedClient(context))
  } catch (error) {
    if (!(error instanceof PortalApiError)) throw error
    if (isInvitationRefusal(error.code)) {
      return data<ActionData>({ values, errors: {}, invitation: error.code }, { status: 403 })
    }
    const refusal = { status: error.status, message: error.message }
    return data<ActionData>({ values, errors: {}, refusal }, { status: error.status })
  }
  return redirectWithStaffNotice(request, "claimed", staffPath(staffPaths.home, locale), token)
}

export default function Claim({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const values = actionData?.values ?? {}
  const errors = actionData?.errors ?? {}
  const token = values.token ?? loaderData.token
  return (
    <AuthPage
      portal="staff"
      title={t("claim.title")}
      intro={t("claim.intro")}
      alert={
        <>
          {actionData?.invitation ? <InvitationRefusal refusal={actionData.invitation} /> : null}
          <FormRefusal refusal={actionData?.refusal} />
          {token ? null : <InvitationRefusal refusal="missing" />}
        </>
      }
      footer={
        <>
          {t("claim.loginPrompt")}{" "}
          <Link to={staffPath(staffPaths.login, locale)}>{t("claim.loginLink")}</Link>
        </>
      }
    >
      {token ? (
        <Form method="post" className="staff-form" noValidate>
          <input type="hidden" name="token" value={token} />
          <EmailField
            ns="staff"
            label={t("account.email")}
            hint={t("claim.emailHint")}
            autoComplete="username"
            defaultValue={values.email}
            error={errors.email}
          />
          <PasswordField
            ns="staff"
            label={t("account.newPassword")}
            hint={t("account.passwordHint", { count: minPasswordLength })}
            isNew
            error={errors.password}
          />
          <PasswordField
            ns="staff"
            name="password_confirm"
            label={t("account.confirmPassword")}
            isNew
            error={errors.password_confirm}
          />
          <SubmitButton label={t("claim.submit")} pendingLabel={t("claim.pending")} />
        </Form>
      ) : null}
    </AuthPage>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary container="container" />
}
