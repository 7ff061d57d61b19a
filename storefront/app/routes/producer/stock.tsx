import { useTranslation } from "react-i18next"
import type { Route } from "./+types/stock"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { DataTable, numberColumn } from "#app/components/ui/data-table.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { listProducts, listStock } from "#app/lib/producer/api.server.ts"
import { producerRead } from "#app/lib/producer/auth.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { portalSeo, producerT } from "#app/lib/producer/meta.server.ts"
import { stockByPlace, type PlaceStock } from "#app/lib/producer/stock.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The producer's goods on the shelves of the OCOP network, place by place (consigned stock). */
export async function loader({ context, request }: Route.LoaderArgs) {
  const [stock, products] = await producerRead({ context, request }, (token, signal) =>
    Promise.all([listStock(token, signal), listProducts(token, { limit: 200, offset: 0 }, signal)]),
  )
  const titles = new Map(products.products.map((product) => [product.id, product.title]))
  return {
    seo: portalSeo(context, producerT(context)("stock.title")),
    places: stockByPlace(stock, titles),
  }
}

export default function Stock({ loaderData: { places } }: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  return (
    <>
      <h1>{t("stock.title")}</h1>
      <p className="portal-muted">{t("stock.intro")}</p>
      {places.length ? (
        places.map((group) => <PlaceTable key={group.key} group={group} />)
      ) : (
        <EmptyState title={t("stock.empty")} description={t("stock.emptyText")} />
      )}
    </>
  )
}

function PlaceTable({ group }: { group: PlaceStock }) {
  const { t } = useTranslation("producer")
  const headingId = `place-${group.key}`
  const { place } = group
  // A stock location the backend has no OCOP place for comes with its id as its name.
  const known = place.id !== null
  const details = known
    ? [place.type ? t(`stock.placeType.${place.type}`) : null, place.province]
        .filter(Boolean)
        .join(" · ")
    : t("stock.locationCode", { code: place.name })
  const name = known ? place.name : t("stock.outsideNetwork")
  return (
    <section className="portal-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="portal-place__name">
        {name}
      </h2>
      <p className="portal-muted portal-place__details">{details}</p>
      <DataTable
        variant="portal"
        caption={t("stock.caption", { place: name })}
        columns={[
          t("stock.product"),
          numberColumn(t("stock.stocked")),
          numberColumn(t("stock.reserved")),
          numberColumn(t("stock.available")),
        ]}
        foot={
          <tr>
            <th scope="row">{t("stock.total")}</th>
            <td className="portal-table__number">{group.totals.stocked}</td>
            <td className="portal-table__number">{group.totals.reserved}</td>
            <td className="portal-table__number">{group.totals.available}</td>
          </tr>
        }
      >
        {group.lines.map((line) => (
          <tr key={line.variant_id}>
            <th scope="row">
              <span className="portal-table__main">{line.product_title}</span>
              <span className="portal-table__sub">
                {[line.variant_title, line.sku].filter(Boolean).join(" · ")}
              </span>
            </th>
            <td className="portal-table__number">{line.stocked}</td>
            <td className="portal-table__number">{line.reserved}</td>
            <td
              className={`portal-table__number${line.available <= 0 ? " portal-table__zero" : ""}`}
            >
              {line.available}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary />
}
