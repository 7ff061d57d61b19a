import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Form } from "react-router"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import type { FieldErrors, StaffFormState } from "#app/lib/staff/forms.ts"
import { COUNTER_PAYMENT_METHODS, type CounterPaymentMethod } from "@ocop/shared"
import { FieldMessages } from "./fields.tsx"
import { FormRefusal } from "./form-refusal.tsx"

/** The form's state after its action answered, or a blank form. */
export function formState(actionData: StaffFormState | undefined): StaffFormState {
  return actionData ?? { values: {}, errors: {} }
}

/**
 * A wide staff form that writes (sale, return, stock received, count, transfer): a plain POST
 * that works without JavaScript, what to correct above it, its submit button kept in view at
 * the bottom and saying it is working while the form is sent.
 */
export function StaffPostForm({
  state,
  submitLabel,
  pendingLabel,
  children,
  actions,
}: {
  state: StaffFormState
  submitLabel: string
  pendingLabel: string
  children: ReactNode
  /** Beside the submit button (a way back). */
  actions?: ReactNode
}) {
  return (
    <Form method="post" className="staff-form staff-form--wide" noValidate>
      <FormRefusal refusal={state.refusal} errors={state.errors} />
      {children}
      <p className="staff-actions staff-actions--sticky">
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
        {actions}
      </p>
    </Form>
  )
}

/**
 * A staff page whose form works on the shelf's rows (a count, a transfer): its title, then its
 * intro and forms, or only the empty state (`empty`) when there is no row to work on.
 */
export function ShelfFormPage({
  title,
  intro,
  empty,
  children,
}: {
  title: string
  intro: string
  empty: { title: string; description: string } | null
  children: ReactNode
}) {
  return (
    <>
      <h1>{title}</h1>
      {empty ? (
        <EmptyState title={empty.title} description={empty.description} />
      ) : (
        <>
          <p className="staff-muted">{intro}</p>
          {children}
        </>
      )}
    </>
  )
}

/** How the money is paid or paid back: one radio per payment method, its error under them. */
export function PaymentMethodField({
  legend,
  checked,
  error,
}: {
  legend: string
  checked: CounterPaymentMethod | string
  error?: FieldErrors[string]
}) {
  const { t } = useTranslation("staff")
  return (
    <fieldset
      className="staff-fieldset"
      aria-describedby={error ? "payment_method-error" : undefined}
    >
      <legend>{legend}</legend>
      {COUNTER_PAYMENT_METHODS.map((method) => (
        <label key={method} className="staff-choice">
          <input
            type="radio"
            name="payment_method"
            value={method}
            defaultChecked={checked === method}
          />
          {t(`payment.${method}`)}
        </label>
      ))}
      <FieldMessages id="payment_method" error={error} />
    </fieldset>
  )
}
