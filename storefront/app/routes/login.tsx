import { useTranslation } from "react-i18next"
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router"
import type { Route } from "./+types/login"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { TextField } from "#app/components/ui/field.tsx"
import { LoginWait } from "#app/components/ui/login-wait.tsx"
import { LoginSchema } from "#app/lib/account/auth-schema.ts"
import { safeRedirect } from "#app/lib/core/safe-redirect.ts"
import { logIn, transferCart } from "#app/lib/account/customer.server.ts"
import { forwardedClient } from "#app/lib/core/edge.server.ts"
import { fieldErrors, formValues, type FieldErrors } from "#app/lib/core/form.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { throttledFor } from "#app/lib/account/login-wait.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { commitSession, getCartId, getSession } from "#app/lib/core/session.server.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  const session = await getSession(request)
  if (session.has("token")) {
    throw redirect(
      localizePath(
        safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "/account"),
        locale,
      ),
    )
  }
  return {
    seo: {
      title: t("meta.title", { title: t("auth.loginTitle") }),
      description: t("meta.description"),
      noindex: true,
    },
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

/** Why the last attempt did not sign in: wrong credentials, or a wait the backend asks for. */
type ActionData = {
  errors: FieldErrors
  values: Record<string, string>
  wrong: boolean
  waitSeconds?: number
}

export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const form = await request.formData()
  const values = formValues(form)
  const parsed = LoginSchema.safeParse({
    email: form.get("email") ?? undefined,
    password: form.get("password") ?? undefined,
  })
  if (!parsed.success)
    return data<ActionData>(
      { errors: fieldErrors(parsed.error), values, wrong: false },
      { status: 400 },
    )
  let token: string | null
  try {
    token = await logIn(parsed.data.email, parsed.data.password, forwardedClient(context))
  } catch (error) {
    const waitSeconds = throttledFor(error)
    if (!waitSeconds) throw error
    return data<ActionData>({ errors: {}, values, wrong: false, waitSeconds }, { status: 429 })
  }
  if (!token) return data<ActionData>({ errors: {}, values, wrong: true }, { status: 400 })
  const cartId = await getCartId(request)
  if (cartId) await transferCart(cartId, token, locale)
  const session = await getSession(request)
  session.set("token", token)
  throw redirect(localizePath(safeRedirect(form.get("redirectTo"), "/account"), locale), {
    headers: { "Set-Cookie": await commitSession(session, request) },
  })
}

export default function Login({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
  const submitting = navigation.state !== "idle" && navigation.formMethod === "POST"
  const errors: FieldErrors = actionData?.errors ?? {}
  const redirectTo = searchParams.get("redirectTo") ?? ""
  return (
    <div className="container narrow">
      <h1>{t("auth.loginTitle")}</h1>
      <Form method="post" className="auth-form" noValidate aria-busy={submitting}>
        {actionData?.wrong ? (
          <p className="notice notice--error" role="alert">
            {t("auth.wrongCredentials")}
          </p>
        ) : null}
        {actionData?.waitSeconds ? (
          <p className="notice notice--error" role="alert">
            <LoginWait seconds={actionData.waitSeconds} />
          </p>
        ) : null}
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          id="email"
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="email"
          defaultValue={actionData?.values.email}
          error={errors.email}
          required
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t("auth.password")}
          autoComplete="current-password"
          error={errors.password}
          required
        />
        <button type="submit" className="button button--large" disabled={submitting}>
          {submitting ? t("auth.loggingIn") : t("auth.logIn")}
        </button>
      </Form>
      <p>
        {t("auth.noAccount")}{" "}
        <Link
          to={localizePath(
            `/register${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ""}`,
          )}
        >
          {t("auth.registerLink")}
        </Link>
      </p>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
