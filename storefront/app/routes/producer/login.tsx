import { useTranslation } from "react-i18next"
import { data, Link, redirect } from "react-router"
import type { Route } from "./+types/login"
import { PortalLogin } from "#app/components/ui/portal-login.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { forwardedClient } from "#app/lib/edge.server.ts"
import { getLocale } from "#app/lib/i18n.server.ts"
import { throttledFor } from "#app/lib/login-wait.server.ts"
import { getMe, logIn } from "#app/lib/producer-api.server.ts"
import { fieldErrors, keptValues, LoginForm, type FieldErrors } from "#app/lib/producer-forms.ts"
import { portalMeta } from "#app/lib/producer-meta.ts"
import { portalSeo, producerT } from "#app/lib/producer-meta.server.ts"
import { portalPath, portalPaths, safeRedirect } from "#app/lib/producer-paths.ts"
import {
  commitProducerSession,
  getProducerSession,
  getProducerToken,
} from "#app/lib/producer-session.server.ts"
import { useLocale } from "#app/lib/use-locale.ts"
import { PortalApiError } from "#app/lib/portal-api.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const redirectTo = new URL(request.url).searchParams.get("redirectTo")
  if (await getProducerToken(request)) throw redirect(safeRedirect(redirectTo, locale))
  return { seo: portalSeo(context, producerT(context)("login.title")), redirectTo }
}

type Refusal = "invalid" | "tooMany" | "noAccount"
type ActionData = {
  values: Record<string, string>
  errors: FieldErrors
  refusal?: Refusal
  waitSeconds?: number
}

/**
 * Signs a producer user in with the backend's producer login. After repeated failures the
 * backend's login throttle answers 429 with the wait; the page says how long to wait.
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
  try {
    await getMe(token, request.signal)
  } catch (error) {
    // A login whose registration stopped before "create the account" has a token but no account.
    if (error instanceof PortalApiError && error.status === 401) {
      return data<ActionData>({ values, errors: {}, refusal: "noAccount" }, { status: 401 })
    }
    throw error
  }
  const session = await getProducerSession(request)
  session.set("token", token)
  return redirect(safeRedirect(String(form.get("redirectTo") ?? ""), locale), {
    headers: { "Set-Cookie": await commitProducerSession(session) },
  })
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  return (
    <PortalLogin
      ns="producer"
      className="portal"
      redirectTo={loaderData.redirectTo}
      values={actionData?.values}
      errors={actionData?.errors}
      refused={actionData}
      footer={
        <>
          {t("login.registerPrompt")}{" "}
          <Link to={portalPath(portalPaths.register, locale)}>{t("login.registerLink")}</Link>
        </>
      }
    />
  )
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <PortalErrorBoundary />
    </div>
  )
}
