import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/register"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import {
  AuthNotice,
  AuthPage,
  EmailField,
  PasswordField,
  ShopperAuthForm,
} from "#app/components/ui/auth-page.tsx"
import { TextField } from "#app/components/ui/field.tsx"
import { RegisterSchema } from "#app/lib/account/auth-schema.ts"
import { register } from "#app/lib/account/customer.server.ts"
import { shopperAuthAction } from "#app/lib/account/sign-in.server.ts"
import type { FieldErrors } from "#app/lib/core/form.ts"
import { minPasswordLength } from "#app/lib/core/limits.ts"
import { splitFullName } from "#app/lib/core/names.ts"
import { privateSeo } from "#app/lib/core/seo.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { getInstance } from "#app/lib/i18n/i18n.server.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

export async function loader({ context }: Route.LoaderArgs) {
  const { t } = getInstance(context)
  return { seo: privateSeo(context, t("auth.registerTitle")) }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export function action(args: Route.ActionArgs) {
  return shopperAuthAction(args, RegisterSchema, async (input, locale, client) => {
    const { email, password, full_name } = input
    const result = await register({ email, password, ...splitFullName(full_name) }, locale, client)
    return "error" in result ? null : result.token
  })
}

export default function Register({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  const errors: FieldErrors = actionData?.errors ?? {}
  const loginLink = <Link to={localizePath("/login")}>{t("auth.logIn")}</Link>
  return (
    <AuthPage
      title={t("auth.registerTitle")}
      footer={
        <>
          {t("auth.haveAccount")} {loginLink}
        </>
      }
    >
      <ShopperAuthForm
        submit={t("auth.register")}
        pending={t("auth.registering")}
        waitSeconds={actionData?.waitSeconds}
        alert={
          actionData?.refused ? (
            <AuthNotice>
              {t("auth.emailTaken")} {loginLink}
            </AuthNotice>
          ) : null
        }
      >
        <TextField
          id="full_name"
          name="full_name"
          label={t("auth.fullName")}
          autoComplete="name"
          defaultValue={actionData?.values.full_name}
          error={errors.full_name}
          required
        />
        <EmailField
          label={t("auth.email")}
          defaultValue={actionData?.values.email}
          error={errors.email}
        />
        <PasswordField
          label={t("auth.password")}
          isNew
          minLength={minPasswordLength}
          hint={t("auth.passwordHint", { count: minPasswordLength })}
          error={errors.password}
        />
      </ShopperAuthForm>
    </AuthPage>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
