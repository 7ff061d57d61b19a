import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { Route } from "./+types/dashboard"
import { ListedBadge } from "#app/components/producer/listing-status.tsx"
import { OrdersTable } from "#app/components/producer/orders-table.tsx"
import { NewProductHeading } from "#app/components/producer/new-product-heading.tsx"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { formatDate } from "#app/lib/i18n/format.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { listOrders, listProducts, listReminders } from "#app/lib/producer/api.server.ts"
import { portalCall, producerToken } from "#app/lib/producer/auth.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { portalSeo, producerT } from "#app/lib/producer/meta.server.ts"
import { portalPath, portalPaths, productPath, storyPath } from "#app/lib/producer/paths.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { PortalApiError } from "#app/lib/portal/api.server.ts"

/** Enough to count every product of a cooperative; the API's page limit. */
const countLimit = 200

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/**
 * The producer's overview: how many products, how many shoppers can see, which certificates
 * end within 30 days (re-apply for evaluation now), and the latest orders.
 * An account waiting for approval gets 403 here; the portal layout then explains.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const token = producerToken(context)
  const seo = portalSeo(context, producerT(context)("dashboard.title"))
  const overview = await portalCall(request, locale, async () => {
    try {
      return await Promise.all([
        listProducts(token, { limit: countLimit, offset: 0 }, request.signal),
        listReminders(token, request.signal),
        listOrders(token, { limit: 5, offset: 0 }, request.signal),
      ])
    } catch (error) {
      // Not approved yet: the portal layout shows the waiting state instead of this page.
      if (error instanceof PortalApiError && error.status === 403) return null
      throw error
    }
  })
  if (!overview) return { seo, counts: null, reminders: [], orders: [], unlisted: [] }
  const [products, reminders, latest] = overview
  const titles = new Map(products.products.map((product) => [product.id, product.title]))
  return {
    seo,
    counts: {
      // The API counts listings, which outlive deleted products; the rows are what exists.
      products: products.count <= countLimit ? products.products.length : products.count,
      listed: products.products.filter((product) => product.listed).length,
      expiring: reminders.length,
    },
    reminders: reminders
      .map((reminder) => ({
        ...reminder,
        title: titles.get(reminder.product_id) ?? reminder.certificate_number,
      }))
      .sort((a, b) => a.days_left - b.days_left),
    orders: latest.orders,
    unlisted: products.products.filter((product) => !product.listed).slice(0, 3),
  }
}

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  const { counts, reminders, orders, unlisted } = loaderData
  if (!counts) return null
  return (
    <>
      <NewProductHeading title={t("dashboard.title")} />
      <ul className="portal-stats" aria-label={t("dashboard.countsLabel")}>
        <li>
          <Link to={portalPath(portalPaths.products, locale)}>
            <span className="portal-stats__number">{counts.products}</span>
            <span>{t("dashboard.products")}</span>
          </Link>
        </li>
        <li>
          <span className="portal-stats__number">{counts.listed}</span>
          <span>{t("dashboard.listed")}</span>
        </li>
        <li className={counts.expiring ? "portal-stats--warning" : undefined}>
          <span className="portal-stats__number">{counts.expiring}</span>
          <span>{t("dashboard.expiring")}</span>
        </li>
      </ul>

      <section className="portal-section" aria-labelledby="reminders-title">
        <h2 id="reminders-title">{t("dashboard.remindersTitle")}</h2>
        {reminders.length ? (
          <ul className="portal-reminders">
            {reminders.map((reminder) => (
              <li key={reminder.certificate_number} className="portal-reminder">
                <p className="portal-reminder__title">
                  <Link to={productPath(reminder.product_id, locale)}>{reminder.title}</Link>
                </p>
                <p>
                  {t("dashboard.reminder", {
                    count: reminder.days_left,
                    number: reminder.certificate_number,
                    date: formatDate(reminder.expires_at, locale),
                  })}
                </p>
                <p className="portal-muted">{t("dashboard.reapply")}</p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState
            title={t("dashboard.noReminders")}
            description={t("dashboard.noRemindersText")}
          />
        )}
      </section>

      {unlisted.length ? (
        <section className="portal-section" aria-labelledby="unlisted-title">
          <h2 id="unlisted-title">{t("dashboard.unlistedTitle")}</h2>
          <p className="portal-muted">{t("dashboard.unlistedText")}</p>
          <ul className="portal-plain-list">
            {unlisted.map((product) => (
              <li key={product.id}>
                <Link to={productPath(product.id, locale)}>{product.title}</Link>{" "}
                <ListedBadge listed={false} />{" "}
                <Link to={storyPath(product.id, locale)}>{t("products.story")}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="portal-section" aria-labelledby="orders-title">
        <h2 id="orders-title">{t("dashboard.ordersTitle")}</h2>
        {orders.length ? (
          <>
            <OrdersTable orders={orders} caption={t("dashboard.ordersTitle")} />
            <p>
              <Link to={portalPath(portalPaths.orders, locale)}>{t("dashboard.allOrders")}</Link>
            </p>
          </>
        ) : (
          <EmptyState title={t("orders.empty")} description={t("orders.emptyText")} />
        )}
      </section>
    </>
  )
}

export function ErrorBoundary() {
  return <PortalErrorBoundary />
}
