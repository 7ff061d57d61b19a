import { useTranslation } from "react-i18next"
import { Link, redirect, useSearchParams } from "react-router"
import type { Route } from "./+types/login"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import {
  AuthNotice,
  AuthPage,
  EmailField,
  PasswordField,
  ShopperAuthForm,
} from "#app/components/ui/auth-page.tsx"
import { LoginSchema } from "#app/lib/account/auth-schema.ts"
import { logIn } from "#app/lib/account/customer.server.ts"
import { shopperAuthAction } from "#app/lib/account/sign-in.server.ts"
import type { FieldErrors } from "#app/lib/core/form.ts"
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

export function action(args: Route.ActionArgs) {
  return shopperAuthAction(args, LoginSchema, ({ email, password }, _locale, client) =>
    logIn(email, password, client),
  )
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
        waitSeconds={actionData?.waitSeconds}
        alert={actionData?.refused ? <AuthNotice>{t("auth.wrongCredentials")}</AuthNotice> : null}
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
