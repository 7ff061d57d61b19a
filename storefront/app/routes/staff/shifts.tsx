import { useTranslation } from "react-i18next"
import type { ReactNode } from "react"
import { Form, Link } from "react-router"
import type { Route } from "./+types/shifts"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { HistoryTable } from "#app/components/staff/history-pages.tsx"
import { InputField } from "#app/components/staff/fields.tsx"
import { FormRefusal } from "#app/components/staff/form-refusal.tsx"
import { personName, ShiftSummary } from "#app/components/staff/shift-summary.tsx"
import { numberColumn } from "#app/components/ui/data-table.tsx"
import { formatDateTime, formatVnd } from "#app/lib/i18n/format.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { closeShift, listShifts, openShift } from "#app/lib/staff/api.server.ts"
import { staffToken } from "#app/lib/staff/auth.server.ts"
import { shiftCashBody, type FieldErrors } from "#app/lib/staff/forms.ts"
import { readHistoryPage } from "#app/lib/staff/history.server.ts"
import { placePath, shiftPath } from "#app/lib/staff/paths.ts"
import { redirectWithStaffNotice } from "#app/lib/staff/session.server.ts"
import { submitStaffForm } from "#app/lib/staff/submit.server.ts"
import type { CounterShift } from "#app/lib/staff/types.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The counter's open shift (with its takings so far) and its shifts, newest first. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { result, ...history } = await readHistoryPage(
    { context, request },
    "shifts",
    (token, window, signal) => listShifts(token, params.placeId, window, signal),
  )
  return { ...history, open: result.open_shift, shifts: result.shifts }
}

/** Opens a shift with the cash in the drawer, or closes the open one with the cash counted. */
export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const form = await request.formData()
  if (form.get("intent") === "close") {
    const shiftId = String(form.get("shift_id") ?? "")
    return submitStaffForm(
      request,
      locale,
      form,
      shiftCashBody(form, "counted_cash"),
      (body) => closeShift(token, params.placeId, shiftId, body),
      (shift) =>
        redirectWithStaffNotice(
          request,
          "shiftClosed",
          shiftPath(params.placeId, shift.id, locale),
        ),
    )
  }
  return submitStaffForm(
    request,
    locale,
    form,
    shiftCashBody(form, "opening_cash"),
    (body) => openShift(token, params.placeId, body),
    () =>
      redirectWithStaffNotice(request, "shiftOpened", placePath(params.placeId, "shifts", locale)),
  )
}

export default function Shifts({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const { open, shifts, page, pageCount } = loaderData
  const values = actionData?.values ?? {}
  const errors = actionData?.errors ?? {}
  return (
    <>
      <h1>{t("shifts.title")}</h1>
      <FormRefusal refusal={actionData?.refusal} errors={errors} />
      {open ? (
        <OpenShift shift={open} values={values} errors={errors} />
      ) : (
        <CashForm
          className="staff-form staff-panel"
          heading={
            <>
              <h2>{t("shifts.openTitle")}</h2>
              <p className="staff-muted">{t("shifts.openIntro")}</p>
            </>
          }
          intent="open"
          cash="opening_cash"
          cashLabel={t("shifts.openingCash")}
          note={values.note}
          submitLabel={t("shifts.open")}
          pendingLabel={t("shifts.opening")}
          values={values}
          errors={errors}
        />
      )}
      <h2>{t("shifts.history")}</h2>
      <HistoryTable
        section="shifts"
        columns={[
          t("shifts.opened"),
          t("shifts.closed"),
          numberColumn(t("shift.expectedCash")),
          numberColumn(t("shift.countedCash")),
          numberColumn(t("shifts.difference")),
        ]}
        rows={shifts}
        row={(shift) => <ShiftRow key={shift.id} shift={shift} />}
        page={page}
        pageCount={pageCount}
      />
    </>
  )
}

function OpenShift({
  shift,
  values,
  errors,
}: {
  shift: CounterShift
  values: Record<string, string>
  errors: FieldErrors
}) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  return (
    <section className="staff-panel staff-shift" aria-labelledby="open-shift">
      <h2 id="open-shift">{t("shifts.openNow")}</h2>
      <p>
        {t("shifts.openedBy", {
          name: personName(shift.opened_by),
          date: formatDateTime(shift.opened_at, locale, "short"),
        })}
      </p>
      {shift.summary ? <ShiftSummary shift={shift} summary={shift.summary} /> : null}
      <CashForm
        className="staff-form"
        heading={
          <>
            <h3>{t("shifts.closeTitle")}</h3>
            <input type="hidden" name="shift_id" value={shift.id} />
          </>
        }
        intent="close"
        cash="counted_cash"
        cashLabel={t("shifts.countedCash")}
        note={values.note ?? shift.note ?? ""}
        submitLabel={t("shifts.close")}
        pendingLabel={t("shifts.closing")}
        values={values}
        errors={errors}
      />
    </section>
  )
}

/** Opening or closing a shift: the cash in the drawer and a note. */
function CashForm({
  className,
  heading,
  intent,
  cash,
  cashLabel,
  note,
  submitLabel,
  pendingLabel,
  values,
  errors,
}: {
  className: string
  heading: ReactNode
  intent: "open" | "close"
  cash: "opening_cash" | "counted_cash"
  cashLabel: string
  note: string | undefined
  submitLabel: string
  pendingLabel: string
  values: Record<string, string>
  errors: FieldErrors
}) {
  const { t } = useTranslation("staff")
  return (
    <Form method="post" className={className} noValidate>
      {heading}
      <input type="hidden" name="intent" value={intent} />
      <InputField
        id={cash}
        name={cash}
        label={cashLabel}
        hint={t("shifts.cashHint")}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={values[cash]}
        error={errors[cash]}
      />
      <InputField
        id="note"
        name="note"
        label={t("shifts.note")}
        defaultValue={note}
        maxLength={500}
        error={errors.note}
      />
      <p className="staff-actions">
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
      </p>
    </Form>
  )
}

function ShiftRow({ shift }: { shift: CounterShift }) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  return (
    <tr>
      <th scope="row">
        <Link to={shiftPath(shift.place_id, shift.id, locale)}>
          {formatDateTime(shift.opened_at, locale, "short")}
        </Link>
        <span className="staff-table__sub">{personName(shift.opened_by)}</span>
      </th>
      <td>
        {shift.closed_at ? formatDateTime(shift.closed_at, locale, "short") : t("shifts.stillOpen")}
      </td>
      <td className="staff-table__number">
        {shift.summary ? formatVnd(shift.summary.expected_cash, locale) : "—"}
      </td>
      <td className="staff-table__number">
        {shift.counted_cash !== null ? formatVnd(shift.counted_cash, locale) : "—"}
      </td>
      <td className="staff-table__number">
        {shift.summary?.difference != null ? formatVnd(shift.summary.difference, locale) : "—"}
      </td>
    </tr>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
