import { useTranslation } from "react-i18next"
import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router"
import type { Route } from "./+types/register"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { TextField } from "#app/components/ui/field.tsx"
import { LoginWait } from "#app/components/ui/login-wait.tsx"
import { RegisterSchema } from "#app/lib/account/auth-schema.ts"
import { safeRedirect } from "#app/lib/core/safe-redirect.ts"
import { minPasswordLength } from "#app/lib/core/limits.ts"
import { splitFullName } from "#app/lib/core/names.ts"
import { register, transferCart } from "#app/lib/account/customer.server.ts"
import { forwardedClient } from "#app/lib/core/edge.server.ts"
import { fieldErrors, formValues, type FieldErrors } from "#app/lib/core/form.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { throttledFor } from "#app/lib/account/login-wait.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { commitSession, getCartId, getSession } from "#app/lib/core/session.server.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

export async function loader({ context }: Route.LoaderArgs) {
  const { t } = getInstance(context)
  return {
    seo: {
      title: t("meta.title", { title: t("auth.registerTitle") }),
      description: t("meta.description"),
      noindex: true,
    },
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

/** Why the last attempt did not register: the email has a login, or a wait the backend asks for. */
type ActionData = {
  errors: FieldErrors
  values: Record<string, string>
  taken: boolean
  waitSeconds?: number
}

export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const form = await request.formData()
  const values = formValues(form)
  const parsed = RegisterSchema.safeParse({
    full_name: form.get("full_name") ?? undefined,
    email: form.get("email") ?? undefined,
    password: form.get("password") ?? undefined,
  })
  if (!parsed.success)
    return data<ActionData>(
      { errors: fieldErrors(parsed.error), values, taken: false },
      { status: 400 },
    )
  let result: Awaited<ReturnType<typeof register>>
  try {
    result = await register(
      {
        email: parsed.data.email,
        password: parsed.data.password,
        ...splitFullName(parsed.data.full_name),
      },
      locale,
      forwardedClient(context),
    )
  } catch (error) {
    const waitSeconds = throttledFor(error)
    if (!waitSeconds) throw error
    return data<ActionData>({ errors: {}, values, taken: false, waitSeconds }, { status: 429 })
  }
  if ("error" in result)
    return data<ActionData>({ errors: {}, values, taken: true }, { status: 400 })
  const cartId = await getCartId(request)
  if (cartId) await transferCart(cartId, result.token, locale)
  const session = await getSession(request)
  session.set("token", result.token)
  throw redirect(localizePath(safeRedirect(form.get("redirectTo"), "/account"), locale), {
    headers: { "Set-Cookie": await commitSession(session, request) },
  })
}

export default function Register({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
  const submitting = navigation.state !== "idle" && navigation.formMethod === "POST"
  const errors: FieldErrors = actionData?.errors ?? {}
  const redirectTo = searchParams.get("redirectTo") ?? ""
  return (
    <div className="container narrow">
      <h1>{t("auth.registerTitle")}</h1>
      <Form method="post" className="auth-form" noValidate aria-busy={submitting}>
        {actionData?.taken ? (
          <p className="notice notice--error" role="alert">
            {t("auth.emailTaken")} <Link to={localizePath("/login")}>{t("auth.logIn")}</Link>
          </p>
        ) : null}
        {actionData?.waitSeconds ? (
          <p className="notice notice--error" role="alert">
            <LoginWait seconds={actionData.waitSeconds} />
          </p>
        ) : null}
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          id="full_name"
          name="full_name"
          label={t("auth.fullName")}
          autoComplete="name"
          defaultValue={actionData?.values.full_name}
          error={errors.full_name}
          required
        />
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
          autoComplete="new-password"
          minLength={minPasswordLength}
          hint={t("auth.passwordHint", { count: minPasswordLength })}
          error={errors.password}
          required
        />
        <button type="submit" className="button button--large" disabled={submitting}>
          {submitting ? t("auth.registering") : t("auth.register")}
        </button>
      </Form>
      <p>
        {t("auth.haveAccount")} <Link to={localizePath("/login")}>{t("auth.logIn")}</Link>
      </p>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
