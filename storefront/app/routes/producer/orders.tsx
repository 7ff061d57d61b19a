import { useTranslation } from "react-i18next"
import type { Route } from "./+types/orders"
import { OrdersTable } from "#app/components/producer/orders-table.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { Pagination } from "#app/components/ui/pagination.tsx"
import { listOrders } from "#app/lib/producer/api.server.ts"
import { producerRead } from "#app/lib/producer/auth.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { portalSeo, producerT } from "#app/lib/producer/meta.server.ts"
import { pageNumber, portalPath, portalPaths } from "#app/lib/producer/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

const perPage = 25

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/**
 * Shoppers' orders holding the producer's products: number, date, status, delivery province and
 * their own lines — no shopper data. Paginated by `?page=`.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const page = pageNumber(new URL(request.url))
  const list = await producerRead({ context, request }, (token, signal) =>
    listOrders(token, { limit: perPage, offset: (page - 1) * perPage }, signal),
  )
  return {
    seo: portalSeo(context, producerT(context)("orders.title")),
    orders: list.orders,
    count: list.count,
    page,
    pageCount: Math.max(1, Math.ceil(list.count / perPage)),
  }
}

export default function Orders({
  loaderData: { orders, count, page, pageCount },
}: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const ordersPath = portalPath(portalPaths.orders, locale)
  return (
    <>
      <h1>{t("orders.title")}</h1>
      <p className="portal-muted">{t("orders.intro", { count })}</p>
      {orders.length ? (
        <OrdersTable orders={orders} caption={t("orders.title")} />
      ) : (
        <EmptyState title={t("orders.empty")} description={t("orders.emptyText")} />
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(target) => `${ordersPath}?page=${target}`}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary />
}
