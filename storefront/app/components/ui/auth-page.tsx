import type { ReactNode } from "react"
import { Form, useNavigation, useSearchParams } from "react-router"
import { fieldsFor, type FieldNamespace } from "./field.tsx"
import { LoginWait } from "./login-wait.tsx"

const fields = {
  common: fieldsFor<string>("common"),
  producer: fieldsFor<string>("producer"),
  staff: fieldsFor<string>("staff"),
  organizer: fieldsFor<string>("organizer"),
}

/**
 * The frame of every sign-in, sign-up and invitation-claim page, the shop's and the portals':
 * the title, an intro, what the last attempt was refused for, the form, and a footer pointing
 * to the other way in.
 */
export function AuthPage({
  portal,
  title,
  intro,
  alert,
  children,
  footer,
}: {
  /** The portal's prefix for its auth and muted styles; none on the shop's own pages. */
  portal?: "portal" | "staff"
  title: string
  intro?: string
  alert?: ReactNode
  children: ReactNode
  footer: ReactNode
}) {
  return (
    <div className={portal ? `container ${portal}-auth` : "container narrow"}>
      <h1>{title}</h1>
      {intro ? <p className={`${portal}-muted`}>{intro}</p> : null}
      {alert}
      {children}
      <p>{footer}</p>
    </div>
  )
}

/** A refusal of the shop's own sign-in and sign-up forms, announced when it appears. */
export function AuthNotice({ children }: { children: ReactNode }) {
  return (
    <p className="notice notice--error" role="alert">
      {children}
    </p>
  )
}

/**
 * The shop's sign-in and sign-up form: the refusal of the last attempt (or the wait the login
 * throttle asks for), where to go afterwards
 * (`?redirectTo=`, kept in a hidden field), the fields, and a submit button that says it is
 * working. A plain POST, so it works without JavaScript.
 */
export function ShopperAuthForm({
  alert,
  waitSeconds,
  submit,
  pending,
  children,
}: {
  alert: ReactNode
  waitSeconds?: number
  submit: string
  pending: string
  children: ReactNode
}) {
  const [searchParams] = useSearchParams()
  const navigation = useNavigation()
  const submitting = navigation.state !== "idle" && navigation.formMethod === "POST"
  return (
    <Form method="post" className="auth-form" noValidate aria-busy={submitting}>
      {alert}
      {waitSeconds ? (
        <AuthNotice>
          <LoginWait seconds={waitSeconds} />
        </AuthNotice>
      ) : null}
      <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
      {children}
      <button type="submit" className="button button--large" disabled={submitting}>
        {submitting ? pending : submit}
      </button>
    </Form>
  )
}

type CredentialProps = {
  /** The translation namespace of `error`: the shop's, or a portal's. */
  ns?: FieldNamespace
  label: string
  error?: string
  hint?: ReactNode
}

/** The email a person signs in with. */
export function EmailField({
  ns = "common",
  autoComplete = "email",
  defaultValue,
  ...props
}: CredentialProps & { autoComplete?: "email" | "username"; defaultValue?: string }) {
  const { TextField } = fields[ns]
  return (
    <TextField
      id="email"
      name="email"
      type="email"
      autoComplete={autoComplete}
      defaultValue={defaultValue}
      required
      {...props}
    />
  )
}

/** A password: the current one to sign in, or a new one (then at least `minLength` long). */
export function PasswordField({
  ns = "common",
  name = "password",
  isNew = false,
  minLength,
  ...props
}: CredentialProps & {
  name?: "password" | "password_confirm"
  isNew?: boolean
  minLength?: number
}) {
  const { TextField } = fields[ns]
  return (
    <TextField
      id={name}
      name={name}
      type="password"
      autoComplete={isNew ? "new-password" : "current-password"}
      minLength={minLength}
      required
      {...props}
    />
  )
}
