import { useTranslation } from "react-i18next"
import { data, Link, redirect, useSearchParams } from "react-router"
import type { Route } from "./+types/login"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import {
  AuthNotice,
  AuthPage,
  EmailField,
  PasswordField,
  ShopperAuthForm,
} from "#app/components/ui/auth-page.tsx"
import { LoginWait } from "#app/components/ui/login-wait.tsx"
import { LoginSchema } from "#app/lib/account/auth-schema.ts"
import { logIn } from "#app/lib/account/customer.server.ts"
import { throttledFor } from "#app/lib/account/login-wait.server.ts"
import { signInShopper } from "#app/lib/account/sign-in.server.ts"
import { forwardedClient } from "#app/lib/core/edge.server.ts"
import { fieldErrors, formValues, type FieldErrors } from "#app/lib/core/form.ts"
import { safeRedirect } from "#app/lib/core/safe-redirect.ts"
import { privateSeo } from "#app/lib/core/seo.server.ts"
import { getSession } from "#app/lib/core/session.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
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
  return { seo: privateSeo(context, t("auth.loginTitle")) }
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
  return signInShopper(request, locale, token, form.get("redirectTo"))
}

export default function Login({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  const [searchParams] = useSearchParams()
  const errors: FieldErrors = actionData?.errors ?? {}
  const redirectTo = searchParams.get("redirectTo") ?? ""
  return (
    <AuthPage
      title={t("auth.loginTitle")}
      footer={
        <>
          {t("auth.noAccount")}{" "}
          <Link
            to={localizePath(
              `/register${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ""}`,
            )}
          >
            {t("auth.registerLink")}
          </Link>
        </>
      }
    >
      <ShopperAuthForm
        submit={t("auth.logIn")}
        pending={t("auth.loggingIn")}
        alert={
          <>
            {actionData?.wrong ? <AuthNotice>{t("auth.wrongCredentials")}</AuthNotice> : null}
            {actionData?.waitSeconds ? (
              <AuthNotice>
                <LoginWait seconds={actionData.waitSeconds} />
              </AuthNotice>
            ) : null}
          </>
        }
      >
        <EmailField
          label={t("auth.email")}
          defaultValue={actionData?.values.email}
          error={errors.email}
        />
        <PasswordField label={t("auth.password")} error={errors.password} />
      </ShopperAuthForm>
    </AuthPage>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
