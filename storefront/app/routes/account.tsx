import { useTranslation } from "react-i18next"
import { Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/account"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { Pagination } from "#app/components/ui/pagination.tsx"
import { joinFullName } from "#app/lib/core/names.ts"
import type { Order } from "#app/lib/checkout/commerce-types.ts"
import { getCustomer, listOrders } from "#app/lib/account/customer.server.ts"
import { formatDate, formatVnd } from "#app/lib/i18n/format.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { privateSeo } from "#app/lib/core/seo.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { orderProgress, type OrderPartView } from "#app/lib/checkout/order-progress.server.ts"
import { orderProgressLabelKey, orderProgressOf } from "#app/lib/checkout/order-status.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { localizeOrderTitles } from "#app/lib/catalogue/titles.server.ts"
import { commitSession, getSession } from "#app/lib/core/session.server.ts"
import { useLocale, useLocalizePath } from "#app/lib/i18n/use-locale.ts"

const ordersPerPage = 10

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  const session = await getSession(request)
  const token = session.get("token") ?? null
  const customer = await getCustomer(token, locale)
  if (!token || !customer) {
    session.unset("token")
    throw redirect(localizePath("/login?redirectTo=/account", locale), {
      headers: { "Set-Cookie": await commitSession(session, request) },
    })
  }
  const requested = Number(new URL(request.url).searchParams.get("page"))
  const page = Number.isInteger(requested) && requested > 1 ? Math.min(requested, 500) : 1
  const { orders, count } = await listOrders(token, locale, {
    limit: ordersPerPage,
    offset: (page - 1) * ordersPerPage,
  })
  const progress = await Promise.all(
    orders.map((order) => orderProgress(order.id, locale, { customerToken: token })),
  )
  return {
    seo: privateSeo(context, t("account.title")),
    customer,
    orders: await localizeOrderTitles(orders, locale),
    parts: Object.fromEntries(orders.map((order, index) => [order.id, progress[index]])),
    page,
    pageCount: Math.max(1, Math.ceil(count / ordersPerPage)),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export default function Account({ loaderData }: Route.ComponentProps) {
  const { customer, orders, parts, page, pageCount } = loaderData
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  const navigation = useNavigation()
  const leaving = navigation.state !== "idle" && navigation.formAction === localizePath("/logout")
  return (
    <div className="container account">
      <h1>{t("account.title")}</h1>
      <p>
        {t("account.signedInAs", {
          name: joinFullName(customer) || customer.email,
          email: customer.email,
        })}
      </p>
      <Form method="post" action={localizePath("/logout")}>
        <button type="submit" className="button button--secondary" disabled={leaving}>
          {leaving ? t("account.loggingOut") : t("account.logOut")}
        </button>
      </Form>
      <section aria-labelledby="orders-title">
        <h2 id="orders-title">{t("account.orders")}</h2>
        {orders.length === 0 ? (
          <EmptyState
            title={t("account.noOrders")}
            action={<Link to={localizePath("/products")}>{t("cart.browse")}</Link>}
          />
        ) : (
          <ul className="order-list">
            {orders.map((order) => (
              <li key={order.id}>
                <OrderCard order={order} parts={parts[order.id] ?? []} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          pageCount={pageCount}
          hrefFor={(p) => localizePath(p > 1 ? `/account?page=${p}` : "/account")}
        />
      </section>
    </div>
  )
}

function OrderCard({ order, parts }: { order: Order; parts: OrderPartView[] }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const localizePath = useLocalizePath()
  return (
    <article className="order-card" aria-labelledby={`order-${order.id}`}>
      <h3 id={`order-${order.id}`}>{t("account.orderNumber", { number: order.display_id })}</h3>
      <p className="order-card__meta">
        {formatDate(order.created_at, locale)} ·{" "}
        <span className="tag">{t(orderProgressLabelKey(orderProgressOf(order)))}</span>
        {order.payment_method ? ` · ${t(`payment.methods.${order.payment_method}.title`)}` : null}
      </p>
      {parts.map((part) => (
        <p key={part.id} className="order-card__meta">
          <span className="tag">{t(`progress.status.${part.status}`)}</span>
          {part.place ? ` · ${t(`progress.from.${part.kind}`, { place: part.place.name })}` : null}
        </p>
      ))}
      <ul className="order-card__items">
        {order.items.map((item) => (
          <li key={item.id}>
            {t("summary.line", { count: item.quantity, title: item.title })}
            {item.variant_title ? ` · ${item.variant_title}` : null}
          </li>
        ))}
      </ul>
      <p className="order-card__total">
        {t("account.orderTotal", { total: formatVnd(order.total, locale) })}
      </p>
      <p>
        <Link
          to={localizePath(`/orders/${encodeURIComponent(order.id)}/confirmation`)}
          aria-describedby={`order-${order.id}`}
        >
          {t("progress.view")}
        </Link>
      </p>
    </article>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
