import { useTranslation } from "react-i18next"
import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/register"
import { InputField } from "#app/components/producer/fields.tsx"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { forwardedClient } from "#app/lib/core/edge.server.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { AuthPage, EmailField, PasswordField } from "#app/components/ui/auth-page.tsx"
import { InvitationRefusal } from "#app/components/ui/invitation-refusal.tsx"
import {
  invitationTokenOf,
  isInvitationRefusal,
  type InvitationRefusal as InvitationRefusalCode,
} from "#app/lib/portal/invitation.ts"
import type { Locale } from "#app/lib/i18n/i18n.ts"
import {
  claimInvitation,
  createAccount,
  logIn,
  registerLogin,
} from "#app/lib/producer/api.server.ts"
import {
  accountBody,
  ClaimInvitationForm,
  fieldErrors,
  keptValues,
  minPasswordLength,
  RegisterForm,
  splitFullName,
  type FieldErrors,
} from "#app/lib/producer/forms.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { portalSeo, producerT } from "#app/lib/producer/meta.server.ts"
import { portalPath, portalPaths } from "#app/lib/producer/paths.ts"
import { getProducerToken, redirectWithProducerNotice } from "#app/lib/producer/session.server.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { PortalApiError } from "#app/lib/portal/api.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

export async function loader({ context, request }: Route.LoaderArgs) {
  if (await getProducerToken(request))
    throw redirect(portalPath(portalPaths.dashboard, getLocale(context)))
  const token = invitationTokenOf(request.url)
  const title = producerT(context)(token ? "register.claimTitle" : "register.title")
  return { seo: portalSeo(context, title), token }
}

type ActionData = {
  values: Record<string, string>
  errors: FieldErrors
  refusal?: "taken"
  invitation?: InvitationRefusalCode
}

/** Signed in with a fresh login, on the dashboard with a one-time notice. */
async function signIn(
  request: Request,
  client: Record<string, string>,
  locale: Locale,
  email: string,
  password: string,
  notice: "registered" | "claimed",
) {
  const token = await logIn(email, password, client)
  return redirectWithProducerNotice(
    request,
    notice,
    portalPath(portalPaths.dashboard, locale),
    token,
  )
}

/** The form's text for each field of a schema (a missing one as ""), for that schema to check. */
const fieldsOf = (form: FormData, schema: { shape: object }) =>
  Object.fromEntries(Object.keys(schema.shape).map((name) => [name, String(form.get(name) ?? "")]))

/**
 * The link of an officer's invitation carries its token (a hidden field of the form): the
 * account the officer prepared becomes this person's, with the password they choose.
 */
async function claim(
  request: Request,
  client: Record<string, string>,
  locale: Locale,
  form: FormData,
  token: string,
) {
  const values = keptValues(form)
  const parsed = ClaimInvitationForm.safeParse(fieldsOf(form, ClaimInvitationForm))
  if (!parsed.success)
    return data<ActionData>({ values, errors: fieldErrors(parsed.error) }, { status: 400 })
  const { email, password, name, phone } = parsed.data
  try {
    const user = await claimInvitation({ token, email, password, phone, ...splitFullName(name) })
    return await signIn(request, client, locale, user.email, password, "claimed")
  } catch (error) {
    if (error instanceof PortalApiError && isInvitationRefusal(error.code)) {
      return data<ActionData>({ values, errors: {}, invitation: error.code }, { status: 403 })
    }
    throw error
  }
}

/**
 * Registers in the backend's three steps: the producer login (email and password), the account
 * with the producer it asks to manage (pending until a programme officer approves it), then a
 * fresh login, because the first token has no account in it.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const form = await request.formData()
  const invitation = String(form.get("token") ?? "")
  const client = forwardedClient(context)
  if (invitation) return claim(request, client, locale, form, invitation)
  const values = keptValues(form)
  const parsed = RegisterForm.safeParse(fieldsOf(form, RegisterForm))
  if (!parsed.success)
    return data<ActionData>({ values, errors: fieldErrors(parsed.error) }, { status: 400 })
  const registration = parsed.data
  let registrationToken: string
  try {
    registrationToken = await registerLogin(registration.email, registration.password, client)
  } catch (error) {
    if (error instanceof PortalApiError && (error.status === 400 || error.status === 401)) {
      return data<ActionData>(
        { values, errors: { email: "errors.emailTaken" }, refusal: "taken" },
        { status: 400 },
      )
    }
    throw error
  }
  try {
    await createAccount(registrationToken, accountBody(registration))
  } catch (error) {
    if (error instanceof PortalApiError && isInvitationRefusal(error.code)) {
      return data<ActionData>({ values, errors: {}, invitation: error.code }, { status: 403 })
    }
    throw error
  }
  return signIn(request, client, locale, registration.email, registration.password, "registered")
}

export default function Register({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const values = actionData?.values ?? {}
  const errors = actionData?.errors ?? {}
  const token = values.token ?? loaderData.token
  const loginLink = (
    <Link to={portalPath(portalPaths.login, locale)}>{t("register.loginLink")}</Link>
  )
  return (
    <AuthPage
      portal="portal"
      title={t(token ? "register.claimTitle" : "register.title")}
      intro={t(token ? "register.claimIntro" : "register.intro")}
      alert={
        actionData?.invitation ? (
          <InvitationRefusal refusal={actionData.invitation} />
        ) : actionData?.refusal === "taken" ? (
          <FormAlert>
            {t("register.taken")} {loginLink}
          </FormAlert>
        ) : Object.keys(errors).length ? (
          <FormAlert>{t("form.fixErrors")}</FormAlert>
        ) : null
      }
      footer={
        <>
          {t("register.haveAccount")} {loginLink}
        </>
      }
    >
      <Form method="post" className="portal-form" noValidate>
        {token ? <input type="hidden" name="token" value={token} /> : null}
        <fieldset className="portal-fieldset">
          <legend>{t("register.you")}</legend>
          {personFields.map((field) => (
            <RegisterField key={field.name} field={field} values={values} errors={errors} />
          ))}
          <EmailField
            ns="producer"
            label={t("account.email")}
            defaultValue={values.email}
            error={errors.email}
          />
          <PasswordField
            ns="producer"
            label={t("account.password")}
            hint={t("account.passwordHint", { count: minPasswordLength })}
            isNew
            minLength={minPasswordLength}
            error={errors.password}
          />
        </fieldset>
        {token ? null : (
          <>
            <fieldset className="portal-fieldset">
              <legend>{t("register.producer")}</legend>
              {producerFields.map((field) => (
                <RegisterField key={field.name} field={field} values={values} errors={errors} />
              ))}
            </fieldset>
            <p className="portal-muted">{t("register.approvalNote")}</p>
          </>
        )}
        <SubmitButton
          label={t(token ? "register.claimSubmit" : "register.submit")}
          pendingLabel={t(token ? "register.claimPending" : "register.pending")}
        />
      </Form>
    </AuthPage>
  )
}

type TextFieldSpec = {
  name: "name" | "phone" | "producer_name" | "registration_number"
  label: "account.name" | "account.phone" | "account.producerName" | "account.registrationNumber"
  hint?: "account.nameHint" | "account.producerNameHint" | "account.registrationNumberHint"
  maxLength: number
  required?: true
  type?: "tel"
  inputMode?: "tel"
  autoComplete?: "name" | "tel" | "organization"
}

/** The person's own fields besides email and password. */
const personFields: TextFieldSpec[] = [
  {
    name: "name",
    label: "account.name",
    hint: "account.nameHint",
    autoComplete: "name",
    required: true,
    maxLength: 200,
  },
  {
    name: "phone",
    label: "account.phone",
    type: "tel",
    inputMode: "tel",
    autoComplete: "tel",
    required: true,
    maxLength: 32,
  },
]

/** The producer's fields, asked only when the person registers a new producer. */
const producerFields: TextFieldSpec[] = [
  {
    name: "producer_name",
    label: "account.producerName",
    hint: "account.producerNameHint",
    autoComplete: "organization",
    required: true,
    maxLength: 200,
  },
  {
    name: "registration_number",
    label: "account.registrationNumber",
    hint: "account.registrationNumberHint",
    maxLength: 64,
  },
]

/** One text field of the registration, filled in again after a refusal. */
function RegisterField({
  field: { name, label, hint, ...control },
  values,
  errors,
}: {
  field: TextFieldSpec
  values: Record<string, string>
  errors: FieldErrors
}) {
  const { t } = useTranslation("producer")
  return (
    <InputField
      id={name}
      name={name}
      label={t(label)}
      hint={hint ? t(hint) : undefined}
      defaultValue={values[name]}
      error={errors[name]}
      {...control}
    />
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary container="container" />
}
