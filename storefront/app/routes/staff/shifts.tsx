import { useTranslation } from "react-i18next"
import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/shifts"
import { SubmitButton } from "#app/components/producer/submit-button.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { HistoryPages } from "#app/components/staff/history-pages.tsx"
import { InputField } from "#app/components/staff/fields.tsx"
import { FormRefusal, type Refusal } from "#app/components/staff/form-refusal.tsx"
import { personName, ShiftSummary } from "#app/components/staff/shift-summary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { formatDateTime, formatVnd } from "#app/lib/format.ts"
import { getLocale } from "#app/lib/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { closeShift, listShifts, openShift } from "#app/lib/staff-api.server.ts"
import { refusalOf, staffCall, staffToken } from "#app/lib/staff-auth.server.ts"
import { keptValues, shiftCashBody, type FieldErrors } from "#app/lib/staff-forms.ts"
import { staffSeo, staffT } from "#app/lib/staff-meta.server.ts"
import { pageNumber } from "#app/lib/staff-movements.ts"
import { placePath, shiftPath } from "#app/lib/staff-paths.ts"
import { commitStaffSession, getStaffSession } from "#app/lib/staff-session.server.ts"
import type { CounterShift } from "#app/lib/staff-types.ts"
import { useLocale } from "#app/lib/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

const shiftsPerPage = 20

/** The counter's open shift (with its takings so far) and its shifts, newest first. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const page = pageNumber(new URL(request.url))
  const result = await staffCall(request, locale, () =>
    listShifts(
      token,
      params.placeId,
      { limit: shiftsPerPage, offset: (page - 1) * shiftsPerPage },
      request.signal,
    ),
  )
  return {
    seo: staffSeo(context, staffT(context)("shifts.title")),
    open: result.open_shift,
    shifts: result.shifts,
    page,
    pageCount: Math.max(1, Math.ceil(result.count / shiftsPerPage)),
  }
}

type ActionData = { values: Record<string, string>; errors: FieldErrors; refusal?: Refusal }

/** Opens a shift with the cash in the drawer, or closes the open one with the cash counted. */
export async function action({ context, request, params }: Route.ActionArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const form = await request.formData()
  const values = keptValues(form)
  const closing = form.get("intent") === "close"
  const shiftId = String(form.get("shift_id") ?? "")
  const session = await getStaffSession(request)
  try {
    if (closing) {
      const parsed = shiftCashBody(form, "counted_cash")
      if (!parsed.ok) return data<ActionData>({ values, errors: parsed.errors }, { status: 400 })
      const shift = await staffCall(request, locale, () =>
        closeShift(token, params.placeId, shiftId, parsed.body),
      )
      session.flash("notice", "shiftClosed")
      return redirect(shiftPath(params.placeId, shift.id, locale), {
        headers: { "Set-Cookie": await commitStaffSession(session) },
      })
    }
    const parsed = shiftCashBody(form, "opening_cash")
    if (!parsed.ok) return data<ActionData>({ values, errors: parsed.errors }, { status: 400 })
    await staffCall(request, locale, () => openShift(token, params.placeId, parsed.body))
  } catch (error) {
    const refusal = refusalOf(error)
    return data<ActionData>({ values, errors: {}, refusal }, { status: refusal.status })
  }
  session.flash("notice", "shiftOpened")
  return redirect(placePath(params.placeId, "shifts", locale), {
    headers: { "Set-Cookie": await commitStaffSession(session) },
  })
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
        <Form method="post" className="staff-form staff-panel" noValidate>
          <h2>{t("shifts.openTitle")}</h2>
          <p className="staff-muted">{t("shifts.openIntro")}</p>
          <input type="hidden" name="intent" value="open" />
          <InputField
            id="opening_cash"
            name="opening_cash"
            label={t("shifts.openingCash")}
            hint={t("shifts.cashHint")}
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.opening_cash}
            error={errors.opening_cash}
          />
          <InputField
            id="note"
            name="note"
            label={t("shifts.note")}
            defaultValue={values.note}
            maxLength={500}
            error={errors.note}
          />
          <p className="staff-actions">
            <SubmitButton label={t("shifts.open")} pendingLabel={t("shifts.opening")} />
          </p>
        </Form>
      )}
      <h2>{t("shifts.history")}</h2>
      {shifts.length ? (
        <>
          <ShiftTable shifts={shifts} />
          <HistoryPages section="shifts" page={page} pageCount={pageCount} />
        </>
      ) : (
        <EmptyState title={t("shifts.empty")} description={t("shifts.emptyText")} />
      )}
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
      <Form method="post" className="staff-form" noValidate>
        <h3>{t("shifts.closeTitle")}</h3>
        <input type="hidden" name="intent" value="close" />
        <input type="hidden" name="shift_id" value={shift.id} />
        <InputField
          id="counted_cash"
          name="counted_cash"
          label={t("shifts.countedCash")}
          hint={t("shifts.cashHint")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values.counted_cash}
          error={errors.counted_cash}
        />
        <InputField
          id="note"
          name="note"
          label={t("shifts.note")}
          defaultValue={values.note ?? shift.note ?? ""}
          maxLength={500}
          error={errors.note}
        />
        <p className="staff-actions">
          <SubmitButton label={t("shifts.close")} pendingLabel={t("shifts.closing")} />
        </p>
      </Form>
    </section>
  )
}

function ShiftTable({ shifts }: { shifts: CounterShift[] }) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  return (
    <div className="staff-table-wrap">
      <table className="staff-table">
        <caption className="visually-hidden">{t("shifts.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("shifts.opened")}</th>
            <th scope="col">{t("shifts.closed")}</th>
            <th scope="col" className="staff-table__number">
              {t("shift.expectedCash")}
            </th>
            <th scope="col" className="staff-table__number">
              {t("shift.countedCash")}
            </th>
            <th scope="col" className="staff-table__number">
              {t("shifts.difference")}
            </th>
          </tr>
        </thead>
        <tbody>
          {shifts.map((shift) => (
            <tr key={shift.id}>
              <th scope="row">
                <Link to={shiftPath(shift.place_id, shift.id, locale)}>
                  {formatDateTime(shift.opened_at, locale, "short")}
                </Link>
                <span className="staff-table__sub">{personName(shift.opened_by)}</span>
              </th>
              <td>
                {shift.closed_at
                  ? formatDateTime(shift.closed_at, locale, "short")
                  : t("shifts.stillOpen")}
              </td>
              <td className="staff-table__number">
                {shift.summary ? formatVnd(shift.summary.expected_cash, locale) : "—"}
              </td>
              <td className="staff-table__number">
                {shift.counted_cash !== null ? formatVnd(shift.counted_cash, locale) : "—"}
              </td>
              <td className="staff-table__number">
                {shift.summary?.difference != null
                  ? formatVnd(shift.summary.difference, locale)
                  : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
