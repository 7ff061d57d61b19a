import { useTranslation } from "react-i18next"
import { data, Link } from "react-router"
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
import { LoginWait } from "#app/components/ui/login-wait.tsx"
import { RegisterSchema } from "#app/lib/account/auth-schema.ts"
import { register } from "#app/lib/account/customer.server.ts"
import { throttledFor } from "#app/lib/account/login-wait.server.ts"
import { signInShopper } from "#app/lib/account/sign-in.server.ts"
import { forwardedClient } from "#app/lib/core/edge.server.ts"
import { fieldErrors, formValues, type FieldErrors } from "#app/lib/core/form.ts"
import { minPasswordLength } from "#app/lib/core/limits.ts"
import { splitFullName } from "#app/lib/core/names.ts"
import { privateSeo } from "#app/lib/core/seo.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

export async function loader({ context }: Route.LoaderArgs) {
  const { t } = getInstance(context)
  return { seo: privateSeo(context, t("auth.registerTitle")) }
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
  return signInShopper(request, locale, result.token, form.get("redirectTo"))
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
        alert={
          <>
            {actionData?.taken ? (
              <AuthNotice>
                {t("auth.emailTaken")} {loginLink}
              </AuthNotice>
            ) : null}
            {actionData?.waitSeconds ? (
              <AuthNotice>
                <LoginWait seconds={actionData.waitSeconds} />
              </AuthNotice>
            ) : null}
          </>
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
