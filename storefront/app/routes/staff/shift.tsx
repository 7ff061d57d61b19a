import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/shift"
import { PrintButton } from "#app/components/fairs/print-button.tsx"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { Facts } from "#app/components/ui/facts.tsx"
import { personName, ShiftSummary } from "#app/components/staff/shift-summary.tsx"
import { formatDateTime } from "#app/lib/i18n/format.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { getShift } from "#app/lib/staff/api.server.ts"
import { staffCall, staffPlace, staffToken } from "#app/lib/staff/auth.server.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { placePath } from "#app/lib/staff/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** One shift of the counter, printable: its close, or its takings so far while it is open. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const [place, shift] = await Promise.all([
    staffPlace(request, locale, token, params.placeId),
    staffCall(request, locale, () =>
      getShift(token, params.placeId, params.shiftId, request.signal),
    ),
  ])
  const t = staffT(context)
  return {
    seo: staffSeo(context, t(shift.status === "closed" ? "shift.title" : "shift.openTitle")),
    place: { id: place.id, name: place.name },
    shift,
  }
}

export default function Shift({ loaderData: { place, shift } }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const closed = shift.status === "closed"
  return (
    <>
      <p className="staff-actions staff-noprint">
        <PrintButton label={t("shift.print")} />
        <Link to={placePath(place.id, "shifts", locale)}>{t("shift.backToList")}</Link>
      </p>
      <article className="staff-receipt staff-shift-sheet" aria-labelledby="shift-title">
        <h1 id="shift-title">{t(closed ? "shift.title" : "shift.openTitle")}</h1>
        <p className="staff-receipt__place">{place.name}</p>
        <Facts
          className="staff-receipt__facts"
          facts={[
            [
              t("shift.opened"),
              `${formatDateTime(shift.opened_at, locale, "medium")} · ${personName(shift.opened_by)}`,
            ],
            [
              t("shift.closed"),
              shift.closed_at
                ? `${formatDateTime(shift.closed_at, locale, "medium")} · ${personName(shift.closed_by)}`
                : t("shifts.stillOpen"),
            ],
            [t("shifts.note"), shift.note],
          ]}
        />
        {shift.summary ? <ShiftSummary shift={shift} summary={shift.summary} /> : null}
        {closed ? (
          <p className="staff-shift-sheet__sign">
            <span>{t("shift.signStaff")}</span>
            <span>{t("shift.signManager")}</span>
          </p>
        ) : null}
      </article>
    </>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
