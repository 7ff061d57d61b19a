import { useTranslation } from "react-i18next"
import type { Route } from "./+types/movements"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { HistoryTable } from "#app/components/staff/history-pages.tsx"
import { numberColumn } from "#app/components/ui/data-table.tsx"
import { formatDateTime } from "#app/lib/i18n/format.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { getMe, listMovements, listShelf } from "#app/lib/staff/api.server.ts"
import { readHistoryPage } from "#app/lib/staff/history.server.ts"
import { movementViews, signed, type MovementView } from "#app/lib/staff/movements.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The place's movement history, newest first: who, what, when, why. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { result, ...history } = await readHistoryPage(
    { context, request },
    "movements",
    (token, window, signal) =>
      Promise.all([
        listMovements(token, params.placeId, window, signal),
        listShelf(token, params.placeId, "", signal),
        getMe(token, signal),
      ]).then(([list, shelf, me]) => ({
        count: list.count,
        movements: movementViews(list.movements, shelf, me.staff_user.id),
      })),
  )
  return { ...history, movements: result.movements }
}

export default function Movements({
  loaderData: { movements, page, pageCount },
}: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  return (
    <>
      <h1>{t("movements.title")}</h1>
      <HistoryTable
        section="movements"
        columns={[
          t("movements.when"),
          t("movements.what"),
          numberColumn(t("movements.change")),
          numberColumn(t("movements.after")),
          t("movements.who"),
          t("movements.why"),
        ]}
        rows={movements}
        row={(movement) => <MovementRow key={movement.id} movement={movement} />}
        page={page}
        pageCount={pageCount}
      />
    </>
  )
}

function MovementRow({ movement }: { movement: MovementView }) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  const when = formatDateTime(movement.created_at, locale, "short")
  return (
    <tr>
      <td>{when}</td>
      <th scope="row">
        <span className="staff-table__main">{t(`kinds.${movement.kind}`)}</span>
        <span className="staff-table__sub">{movement.item}</span>
      </th>
      <td className="staff-table__number">{signed(movement.change)}</td>
      <td className="staff-table__number">{movement.after}</td>
      <td className="staff-table__wrap">
        {movement.who.self
          ? t("movements.you")
          : movement.who.type === "system" || !movement.who.name
            ? t("movements.actor.system")
            : t(`movements.actor.${movement.who.type}`, { name: movement.who.name })}
      </td>
      <td className="staff-table__wrap">
        {movement.why
          ? t(`movements.reason.${movement.why.kind}`, { text: movement.why.text })
          : "—"}
      </td>
    </tr>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
