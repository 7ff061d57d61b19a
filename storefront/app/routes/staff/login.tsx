import { useTranslation } from "react-i18next"
import { data, Link, redirect } from "react-router"
import type { Route } from "./+types/login"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { PortalLogin } from "#app/components/ui/portal-login.tsx"
import { forwardedClient } from "#app/lib/edge.server.ts"
import { getLocale } from "#app/lib/i18n.server.ts"
import { throttledFor } from "#app/lib/login-wait.server.ts"
import { portalMeta } from "#app/lib/producer-meta.ts"
import { getMe, logIn } from "#app/lib/staff-api.server.ts"
import { fieldErrors, keptValues, LoginForm, type FieldErrors } from "#app/lib/staff-forms.ts"
import { staffSeo, staffT } from "#app/lib/staff-meta.server.ts"
import { safeRedirect, staffPath, staffPaths } from "#app/lib/staff-paths.ts"
import {
  commitStaffSession,
  getStaffSession,
  getStaffToken,
} from "#app/lib/staff-session.server.ts"
import { useLocale } from "#app/lib/use-locale.ts"
import { PortalApiError } from "#app/lib/portal-api.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const url = new URL(request.url)
  const redirectTo = url.searchParams.get("redirectTo")
  if (await getStaffToken(request)) throw redirect(safeRedirect(redirectTo, locale))
  return {
    seo: staffSeo(context, staffT(context)("login.title")),
    redirectTo,
    disabled: url.searchParams.has("disabled"),
  }
}

type Refusal = "invalid" | "tooMany" | "noAccount" | "disabled"
type ActionData = {
  values: Record<string, string>
  errors: FieldErrors
  refusal?: Refusal
  waitSeconds?: number
}

/**
 * Signs a staff member in with the backend's staff login. A login whose account was never
 * claimed has a token but no staff account: the page points to the claim form.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const form = await request.formData()
  const values = keptValues(form)
  const parsed = LoginForm.safeParse({
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
  })
  if (!parsed.success)
    return data<ActionData>({ values, errors: fieldErrors(parsed.error) }, { status: 400 })
  let token: string
  try {
    token = await logIn(parsed.data.email, parsed.data.password, forwardedClient(context))
  } catch (error) {
    if (!(error instanceof PortalApiError)) throw error
    const waitSeconds = throttledFor(error)
    if (waitSeconds) {
      return data<ActionData>(
        { values, errors: {}, refusal: "tooMany", waitSeconds },
        { status: 429 },
      )
    }
    return data<ActionData>({ values, errors: {}, refusal: "invalid" }, { status: 401 })
  }
  let active: boolean
  try {
    active = (await getMe(token, request.signal)).staff_user.status === "active"
  } catch (error) {
    // A login whose account was never claimed has a token but no staff account.
    if (!(error instanceof PortalApiError) || error.status !== 401) throw error
    return data<ActionData>({ values, errors: {}, refusal: "noAccount" }, { status: 401 })
  }
  if (!active) return data<ActionData>({ values, errors: {}, refusal: "disabled" }, { status: 403 })
  const session = await getStaffSession(request)
  session.set("token", token)
  return redirect(safeRedirect(String(form.get("redirectTo") ?? ""), locale), {
    headers: { "Set-Cookie": await commitStaffSession(session) },
  })
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  return (
    <PortalLogin
      ns="staff"
      className="staff"
      redirectTo={loaderData.redirectTo}
      values={actionData?.values}
      errors={actionData?.errors}
      refused={actionData}
      notice={loaderData.disabled ? t("login.disabled") : undefined}
      footer={
        <>
          {t("login.claimPrompt")}{" "}
          <Link to={staffPath(staffPaths.claim, locale)}>{t("login.claimLink")}</Link>
        </>
      }
    />
  )
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <StaffErrorBoundary />
    </div>
  )
}
