import { useTranslation } from "react-i18next"
import { Form, Link } from "react-router"
import type { Route } from "./+types/stock"
import { StaffErrorBoundary } from "#app/components/staff/error-boundary.tsx"
import { ShelfItem } from "#app/components/staff/shelf-item.tsx"
import { DataTable, numberColumn } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { listShelf } from "#app/lib/staff/api.server.ts"
import { staffCall, staffToken } from "#app/lib/staff/auth.server.ts"
import { staffSeo, staffT } from "#app/lib/staff/meta.server.ts"
import { placePath } from "#app/lib/staff/paths.ts"
import type { ShelfRow } from "#app/lib/staff/types.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The place's shelf: on shelf, reserved for online orders, available, and what runs low. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = staffToken(context)
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 200)
  const shelf = await staffCall(request, locale, () =>
    listShelf(token, params.placeId, q, request.signal),
  )
  return { seo: staffSeo(context, staffT(context)("stock.title")), shelf, q }
}

export default function Stock({ loaderData: { shelf, q }, params }: Route.ComponentProps) {
  const { t } = useTranslation("staff")
  const locale = useLocale()
  return (
    <>
      <h1>{t("stock.title")}</h1>
      <Form method="get" role="search" className="staff-search">
        <label htmlFor="q">{t("stock.search")}</label>
        <input id="q" name="q" type="search" defaultValue={q} autoComplete="off" />
        <button type="submit" className="button">
          {t("stock.searchSubmit")}
        </button>
        {q ? <Link to={placePath(params.placeId, "stock", locale)}>{t("stock.clear")}</Link> : null}
      </Form>
      {shelf.length ? (
        <ShelfTable shelf={shelf} />
      ) : (
        <EmptyState
          title={q ? t("stock.noMatch", { q }) : t("stock.empty")}
          description={q ? undefined : t("stock.emptyText")}
        />
      )}
    </>
  )
}

function ShelfTable({ shelf }: { shelf: ShelfRow[] }) {
  const { t } = useTranslation("staff")
  return (
    <DataTable
      caption={t("stock.caption")}
      columns={[
        t("stock.product"),
        t("stock.sku"),
        numberColumn(t("stock.stocked")),
        numberColumn(t("stock.reserved")),
        numberColumn(t("stock.available")),
        t("stock.status"),
      ]}
    >
      {shelf.map((row) => (
        <tr key={row.inventory_item_id} className={row.low ? "staff-table__low" : undefined}>
          <ShelfItem row={row} withSku={false} />
          <td>{row.sku ?? "—"}</td>
          <td className="staff-table__number">{row.stocked}</td>
          <td className="staff-table__number">{row.reserved}</td>
          <td className="staff-table__number">{row.available}</td>
          <td>
            {row.low ? (
              <span className="staff-badge staff-badge--low">{t("stock.low")}</span>
            ) : (
              <span className="staff-muted">{t("stock.ok")}</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  )
}

export function ErrorBoundary() {
  return <StaffErrorBoundary />
}
