import { useTranslation } from "react-i18next"
import type { Route } from "./+types/movements"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { HistoryPages } from "#app/components/staff/history-pages.tsx"
import { DataTable, numberColumn } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { formatDateTime } from "#app/lib/i18n/format.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { getMe, listMovements, listShelf } from "#app/lib/staff/api.server.ts"
import { staffCall, staffToken } from "#app/lib/staff/auth.server.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import {
  movementsPerPage,
  movementViews,
  pageNumber,
  signed,
  type MovementView,
} from "#app/lib/staff/movements.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The place's movement history, newest first: who, what, when, why. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const page = pageNumber(new URL(request.url))
  const [history, shelf, me] = await staffCall(request, locale, () =>
    Promise.all([
      listMovements(
        token,
        params.placeId,
        { limit: movementsPerPage, offset: (page - 1) * movementsPerPage },
        request.signal,
      ),
      listShelf(token, params.placeId, "", request.signal),
      getMe(token, request.signal),
    ]),
  )
  return {
    seo: staffSeo(context, staffT(context)("movements.title")),
    movements: movementViews(history.movements, shelf, me.staff_user.id),
    page,
    pageCount: Math.max(1, Math.ceil(history.count / movementsPerPage)),
  }
}

export default function Movements({
  loaderData: { movements, page, pageCount },
}: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  return (
    <>
      <h1>{t("movements.title")}</h1>
      {movements.length ? (
        <>
          <DataTable
            caption={t("movements.caption")}
            columns={[
              t("movements.when"),
              t("movements.what"),
              numberColumn(t("movements.change")),
              numberColumn(t("movements.after")),
              t("movements.who"),
              t("movements.why"),
            ]}
          >
            {movements.map((movement) => (
              <MovementRow key={movement.id} movement={movement} />
            ))}
          </DataTable>
          <HistoryPages section="movements" page={page} pageCount={pageCount} />
        </>
      ) : (
        <EmptyState title={t("movements.empty")} description={t("movements.emptyText")} />
      )}
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
