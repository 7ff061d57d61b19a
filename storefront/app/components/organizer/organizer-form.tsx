import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Form, useLocation } from "react-router"
import { FormAlert } from "#app/components/producer/form-alert.tsx"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { fieldsFor } from "#app/components/ui/field.tsx"
import type { OrganizerErrorKey } from "#app/lib/organizer/forms.ts"
import type { OrganizerFormState } from "#app/lib/organizer/submit.server.ts"
import type { OrganizerFair } from "#app/lib/organizer/types.ts"
import type { FairBooth } from "#app/lib/organizer/types.ts"

/** The organiser portal's fields, errors from its translations. */
export const { TextField, SelectField } = fieldsFor<OrganizerErrorKey>("organizer")

/** Refusals the fair rules name by code, with their own translated explanation. */
const refusalCodes = [
  "application_not_pending",
  "booth_taken",
  "certificate_ends_before_fair",
  "fair_date_in_past",
  "fair_ends_before_start",
  "fair_ended",
  "fair_started",
  "fair_not_ended",
  "not_in_fair_catalog",
] as const
type RefusalCode = (typeof refusalCodes)[number]
const isRefusalCode = (code: string | null | undefined): code is RefusalCode =>
  refusalCodes.some((known) => known === code)

/** What each form section of a fair's page gets: the fair, and the last submission's answer. */
export type FairSectionProps = { fair: OrganizerFair; actionData: OrganizerFormState | undefined }

/**
 * This form's state after its action answered (each form of a page has its `intent`), and the
 * props of one of its fields: id, name, the value as typed (else `saved`) and its error.
 */
export function stateOf(intent: string, actionData: OrganizerFormState | undefined) {
  const state: OrganizerFormState =
    actionData?.intent === intent ? actionData : { intent, values: {}, errors: {} }
  const field = (name: string, saved?: string | null) => ({
    id: `${intent}-${name}`,
    name,
    defaultValue: state.values[name] ?? saved ?? undefined,
    error: state.errors[name],
  })
  return { state, field }
}

/** A booth of the fair to pick: its number and its producer. */
export function BoothSelect({
  label,
  booths,
  field,
}: {
  label: string
  booths: FairBooth[]
  field: ReturnType<ReturnType<typeof stateOf>["field"]>
}) {
  const { t } = useTranslation("organizer")
  return (
    <SelectField label={label} {...field}>
      {booths.map((booth) => (
        <option key={booth.id} value={booth.id}>
          {booth.number} · {booth.producer?.name ?? t("booths.noProducer")}
        </option>
      ))}
    </SelectField>
  )
}

/**
 * An organiser form that writes: a plain POST with its `intent` (works without JavaScript), the
 * API's refusal above it — in the person's language when the fair rule names its code, else as
 * the backend wrote it — and a submit button that says it is working.
 */
export function OrganizerForm({
  state,
  title,
  submitLabel,
  pendingLabel,
  children,
}: {
  state: OrganizerFormState
  title: string
  submitLabel: string
  pendingLabel: string
  children: ReactNode
}) {
  const { t } = useTranslation("organizer")
  const { refusal } = state
  // A new page (after an accepted form's redirect) starts with blank fields.
  const { key } = useLocation()
  return (
    <Form key={key} method="post" className="staff-form" noValidate aria-label={title}>
      <input type="hidden" name="intent" value={state.intent} />
      {refusal ? (
        <FormAlert>
          {t(refusal.status === 404 ? "refusal.notFound" : "refusal.title")}{" "}
          <span className="staff-refusal">
            {isRefusalCode(refusal.code) ? t(`refusal.codes.${refusal.code}`) : refusal.message}
          </span>
        </FormAlert>
      ) : null}
      {children}
      <p className="staff-actions">
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} intent={state.intent} />
      </p>
    </Form>
  )
}
