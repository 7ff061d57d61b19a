import { useTranslation } from "react-i18next"
import { data, Link, redirect } from "react-router"
import type { Route } from "./+types/order-confirmation"
import { CheckoutSteps } from "#app/components/checkout-steps.tsx"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { OrderProgress } from "#app/components/ui/order-progress.tsx"
import { OrderSummary } from "#app/components/ui/order-summary.tsx"
import { PaymentInstructions } from "#app/components/ui/payment-instructions.tsx"
import { joinFullName } from "#app/lib/core/names.ts"
import { findOrder } from "#app/lib/account/customer.server.ts"
import { findOrderPayment } from "#app/lib/checkout/bank-transfer.server.ts"
import { formatDate } from "#app/lib/i18n/format.ts"
import { orderProgress } from "#app/lib/checkout/order-progress.server.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { privateSeo } from "#app/lib/core/seo.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { localizeOrderTitles } from "#app/lib/catalogue/titles.server.ts"
import {
  commitSession,
  getSession,
  placedHere,
  rememberOrder,
} from "#app/lib/core/session.server.ts"
import { useLocale, useLocalizePath } from "#app/lib/i18n/use-locale.ts"

/** An order's access token as the backend makes it: 43 URL-safe characters. */
const accessTokenShape = /^[A-Za-z0-9_-]{43}$/

/**
 * Only the customer the order belongs to, or the browser that placed it (holding the order's
 * access token), may see it; anyone else gets the not-found page. The link in the order email
 * carries the token (`?token=`): a browser that opens it remembers the order like the one that
 * placed it, then the address loses the token.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  const session = await getSession(request)
  const url = new URL(request.url)
  const linked = url.searchParams.get("token")
  if (linked !== null) {
    const opened = accessTokenShape.test(linked)
      ? await findOrder(params.orderId, locale, { customerToken: null, accessToken: linked })
      : null
    if (!opened) throw data(null, { status: 404 })
    rememberOrder(session, {
      id: params.orderId,
      method: placedHere(session, params.orderId)?.method ?? opened.payment_method ?? null,
      accessToken: linked,
    })
    return redirect(url.pathname, {
      headers: { "Set-Cookie": await commitSession(session, request) },
    })
  }
  const token = session.get("token") ?? null
  const placed = placedHere(session, params.orderId)
  const found = await findOrder(params.orderId, locale, {
    customerToken: token,
    accessToken: placed?.accessToken,
  })
  if (!found) throw data(null, { status: 404 })
  const [[localized = found], parts, payment] = await Promise.all([
    localizeOrderTitles([found], locale),
    orderProgress(found.id, locale, { customerToken: token, accessToken: placed?.accessToken }),
    findOrderPayment(params.orderId, locale, {
      customerToken: token,
      accessToken: placed?.accessToken,
    }),
  ])
  const order = {
    ...localized,
    payment_method: payment?.payment_method ?? localized.payment_method ?? placed?.method ?? null,
  }
  return {
    seo: privateSeo(context, t("confirmation.title", { number: found.display_id })),
    order,
    parts,
    signedIn: token !== null,
    transfer: payment,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export default function OrderConfirmation({ loaderData }: Route.ComponentProps) {
  const { order, parts, signedIn, transfer } = loaderData
  const { t } = useTranslation()
  const locale = useLocale()
  const localizePath = useLocalizePath()
  const address = order.shipping_address
  const method = order.shipping_methods[0]
  return (
    <div className="container checkout">
      <CheckoutSteps current="confirmation" />
      <h1>{t("confirmation.heading", { number: order.display_id })}</h1>
      <p className="notice notice--success" role="status">
        {t("confirmation.thanks", { email: order.email ?? "" })}
      </p>
      <div className="checkout__grid">
        <div>
          <PaymentInstructions
            method={order.payment_method}
            total={order.total}
            transfer={transfer}
          />
          <OrderProgress parts={parts} />
          <section className="form-section review" aria-labelledby="delivery-title">
            <h2 id="delivery-title">{t("confirmation.delivery")}</h2>
            <dl className="facts">
              <dt>{t("confirmation.orderNumber")}</dt>
              <dd>{order.display_id}</dd>
              <dt>{t("confirmation.placedOn")}</dt>
              <dd>{formatDate(order.created_at, locale)}</dd>
              {method ? (
                <>
                  <dt>{t("confirmation.shippingMethod")}</dt>
                  <dd>{method.name}</dd>
                </>
              ) : null}
              {address ? (
                <>
                  <dt>{t("confirmation.recipient")}</dt>
                  <dd>
                    {joinFullName(address)} · {address.phone}
                  </dd>
                  <dt>{t("confirmation.address")}</dt>
                  <dd>
                    {[address.address_1, address.city, address.province].filter(Boolean).join(", ")}
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
          <p className="actions">
            {signedIn ? (
              <Link to={localizePath("/account")}>{t("confirmation.toAccount")}</Link>
            ) : (
              <Link to={localizePath("/login?redirectTo=/account")}>
                {t("confirmation.logInToTrack")}
              </Link>
            )}
            <Link to={localizePath("/products")}>{t("cart.continue")}</Link>
          </p>
        </div>
        <OrderSummary
          headingId="confirmation-summary"
          lines={order.items.map((item) => ({ ...item, amount: item.total }))}
          itemTotal={order.item_total}
          shippingTotal={order.shipping_total}
          total={order.total}
        />
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
