import { useTranslation } from "react-i18next"
import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/register"
import { InputField } from "#app/components/producer/fields.tsx"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { forwardedClient } from "#app/lib/edge.server.ts"
import { getLocale } from "#app/lib/i18n.server.ts"
import { createAccount, logIn, registerLogin } from "#app/lib/producer-api.server.ts"
import {
  accountBody,
  fieldErrors,
  keptValues,
  minPasswordLength,
  RegisterForm,
  type FieldErrors,
} from "#app/lib/producer-forms.ts"
import { portalMeta } from "#app/lib/producer-meta.ts"
import { portalSeo, producerT } from "#app/lib/producer-meta.server.ts"
import { portalPath, portalPaths } from "#app/lib/producer-paths.ts"
import {
  commitProducerSession,
  getProducerSession,
  getProducerToken,
} from "#app/lib/producer-session.server.ts"
import { useLocale } from "#app/lib/use-locale.ts"
import { PortalApiError } from "#app/lib/portal-api.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export async function loader({ context, request }: Route.LoaderArgs) {
  if (await getProducerToken(request))
    throw redirect(portalPath(portalPaths.dashboard, getLocale(context)))
  return { seo: portalSeo(context, producerT(context)("register.title")) }
}

type ActionData = { values: Record<string, string>; errors: FieldErrors; refusal?: "taken" }

/**
 * Registers in the backend's three steps: the producer login (email and password), the account
 * with the producer it asks to manage (pending until a programme officer approves it), then a
 * fresh login, because the first token has no account in it.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const form = await request.formData()
  const values = keptValues(form)
  const field = (name: string) => String(form.get(name) ?? "")
  const parsed = RegisterForm.safeParse({
    email: field("email"),
    password: field("password"),
    name: field("name"),
    phone: field("phone"),
    producer_name: field("producer_name"),
    registration_number: field("registration_number"),
  })
  if (!parsed.success)
    return data<ActionData>({ values, errors: fieldErrors(parsed.error) }, { status: 400 })
  const registration = parsed.data
  let registrationToken: string
  try {
    registrationToken = await registerLogin(
      registration.email,
      registration.password,
      forwardedClient(context),
    )
  } catch (error) {
    if (error instanceof PortalApiError && (error.status === 400 || error.status === 401)) {
      return data<ActionData>(
        { values, errors: { email: "errors.emailTaken" }, refusal: "taken" },
        { status: 400 },
      )
    }
    throw error
  }
  await createAccount(registrationToken, accountBody(registration))
  const token = await logIn(registration.email, registration.password, forwardedClient(context))
  const session = await getProducerSession(request)
  session.set("token", token)
  session.flash("notice", "registered")
  return redirect(portalPath(portalPaths.dashboard, locale), {
    headers: { "Set-Cookie": await commitProducerSession(session) },
  })
}

export default function Register({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const values = actionData?.values ?? {}
  const errors = actionData?.errors ?? {}
  return (
    <div className="container portal-auth">
      <h1>{t("register.title")}</h1>
      <p className="portal-muted">{t("register.intro")}</p>
      {actionData?.refusal === "taken" ? (
        <FormAlert>
          {t("register.taken")}{" "}
          <Link to={portalPath(portalPaths.login, locale)}>{t("register.loginLink")}</Link>
        </FormAlert>
      ) : Object.keys(errors).length ? (
        <FormAlert>{t("form.fixErrors")}</FormAlert>
      ) : null}
      <Form method="post" className="portal-form" noValidate>
        <fieldset className="portal-fieldset">
          <legend>{t("register.you")}</legend>
          <InputField
            id="name"
            name="name"
            label={t("account.name")}
            hint={t("account.nameHint")}
            autoComplete="name"
            defaultValue={values.name}
            error={errors.name}
            required
            maxLength={200}
          />
          <InputField
            id="phone"
            name="phone"
            type="tel"
            label={t("account.phone")}
            autoComplete="tel"
            inputMode="tel"
            defaultValue={values.phone}
            error={errors.phone}
            required
            maxLength={32}
          />
          <InputField
            id="email"
            name="email"
            type="email"
            label={t("account.email")}
            autoComplete="email"
            defaultValue={values.email}
            error={errors.email}
            required
          />
          <InputField
            id="password"
            name="password"
            type="password"
            label={t("account.password")}
            hint={t("account.passwordHint", { count: minPasswordLength })}
            autoComplete="new-password"
            error={errors.password}
            required
            minLength={minPasswordLength}
          />
        </fieldset>
        <fieldset className="portal-fieldset">
          <legend>{t("register.producer")}</legend>
          <InputField
            id="producer_name"
            name="producer_name"
            label={t("account.producerName")}
            hint={t("account.producerNameHint")}
            autoComplete="organization"
            defaultValue={values.producer_name}
            error={errors.producer_name}
            required
            maxLength={200}
          />
          <InputField
            id="registration_number"
            name="registration_number"
            label={t("account.registrationNumber")}
            hint={t("account.registrationNumberHint")}
            defaultValue={values.registration_number}
            error={errors.registration_number}
            maxLength={64}
          />
        </fieldset>
        <p className="portal-muted">{t("register.approvalNote")}</p>
        <SubmitButton label={t("register.submit")} pendingLabel={t("register.pending")} />
      </Form>
      <p>
        {t("register.haveAccount")}{" "}
        <Link to={portalPath(portalPaths.login, locale)}>{t("register.loginLink")}</Link>
      </p>
    </div>
  )
}

export function ErrorBoundary() {
  return (
    <div className="container">
      <PortalErrorBoundary />
    </div>
  )
}
