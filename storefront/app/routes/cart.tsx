import { useTranslation } from "react-i18next"
import { data, Link, useFetcher } from "react-router"
import type { Route } from "./+types/cart"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { OrderSummary } from "#app/components/ui/order-summary.tsx"
import { StarBadge } from "#app/components/ui/star-badge.tsx"
import {
  listingsOf,
  removeLine,
  retrieveCart,
  updateLineQuantity,
} from "#app/lib/checkout/cart.server.ts"
import { CartLineSchema } from "#app/lib/checkout/cart-forms.ts"
import { maxLineQuantity } from "#app/lib/core/limits.ts"
import { cartLineViews, hasUnlisted, type CartLineView } from "#app/lib/checkout/cart-lines.ts"
import { formatVnd } from "#app/lib/i18n/format.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { privateSeo } from "#app/lib/core/seo.server.ts"
import { StoreRefusal } from "#app/lib/core/medusa.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { getCartId, getCustomerToken } from "#app/lib/core/session.server.ts"
import { useLocale, useLocalizePath } from "#app/lib/i18n/use-locale.ts"
import { Thumbnail } from "#app/components/ui/thumbnail.tsx"

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  const seo = privateSeo(context, t("cart.title"))
  const [cartId, token] = await Promise.all([getCartId(request), getCustomerToken(request)])
  const cart = cartId ? await retrieveCart(cartId, locale, token) : null
  if (!cart || cart.items.length === 0) return { seo, cart: null, lines: [] }
  const lines = cartLineViews(cart.items, await listingsOf(cart, locale, request.signal))
  return { seo, cart, lines }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

/** Quantity changes and removals; answered in place (useFetcher) or by a full page without JS. */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const parsed = CartLineSchema.safeParse(Object.fromEntries(await request.formData()))
  const [cartId, token] = await Promise.all([getCartId(request), getCustomerToken(request)])
  if (!parsed.success || !cartId) return data({ error: null }, { status: 400 })
  try {
    if (parsed.data.intent === "remove")
      await removeLine(cartId, parsed.data.line_id, locale, token)
    else await updateLineQuantity(cartId, parsed.data.line_id, parsed.data.quantity, locale, token)
    return { error: null }
  } catch (error) {
    if (!(error instanceof StoreRefusal)) throw error
    return data({ error: error.message }, { status: 400 })
  }
}

export default function Cart({ loaderData }: Route.ComponentProps) {
  const { cart, lines } = loaderData
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  if (!cart) {
    return (
      <div className="container narrow">
        <h1>{t("cart.title")}</h1>
        <EmptyState
          title={t("cart.emptyTitle")}
          description={t("cart.emptyDescription")}
          action={
            <Link className="button" to={localizePath("/products")}>
              {t("cart.browse")}
            </Link>
          }
        />
      </div>
    )
  }
  const blocked = hasUnlisted(lines)
  return (
    <div className="container cart">
      <h1>{t("cart.title")}</h1>
      <div className="cart__grid">
        <ul className="cart-lines" aria-label={t("cart.linesLabel")}>
          {lines.map((line) => (
            <li key={line.id}>
              <CartLineRow line={line} />
            </li>
          ))}
        </ul>
        <div className="cart__aside">
          <OrderSummary
            headingId="cart-summary"
            lines={lines.map((line) => ({ ...line, amount: line.subtotal }))}
            itemTotal={cart.item_subtotal}
            shippingTotal={null}
            total={cart.item_subtotal}
          />
          {blocked ? (
            <p className="notice notice--error" role="alert">
              {t("cart.removeUnlisted")}
            </p>
          ) : (
            <Link className="button button--large button--block" to={localizePath("/checkout")}>
              {t("cart.checkout")}
            </Link>
          )}
          <p>
            <Link to={localizePath("/products")}>{t("cart.continue")}</Link>
          </p>
        </div>
      </div>
    </div>
  )
}

function CartLineRow({ line }: { line: CartLineView }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const localizePath = useLocalizePath()
  const fetcher = useFetcher<typeof action>()
  const busy = fetcher.state !== "idle"
  return (
    <article
      className={line.listed ? "cart-line" : "cart-line cart-line--unlisted"}
      aria-busy={busy}
    >
      <Thumbnail src={line.thumbnail} className="cart-line__image" />
      <div className="cart-line__body">
        <h2 className="cart-line__title">
          {line.listed && line.product_handle ? (
            <Link to={localizePath(`/products/${encodeURIComponent(line.product_handle)}`)}>
              {line.title}
            </Link>
          ) : (
            line.title
          )}
        </h2>
        {line.variant_title ? <p className="cart-line__variant">{line.variant_title}</p> : null}
        {line.stars ? <StarBadge stars={line.stars} /> : null}
        <p className="cart-line__price">
          {t("cart.unitPrice", { price: formatVnd(line.unit_price, locale) })}
        </p>
        {line.listed ? null : (
          <p className="notice notice--error" role="alert">
            {t("cart.notForSale")}
          </p>
        )}
        <div className="cart-line__actions">
          {line.listed ? (
            <fetcher.Form method="post" className="cart-line__quantity">
              <input type="hidden" name="intent" value="update" />
              <input type="hidden" name="line_id" value={line.id} />
              <label htmlFor={`quantity-${line.id}`}>
                <span aria-hidden="true">{t("cart.quantity")}</span>
                <span className="visually-hidden">
                  {t("cart.quantityOf", { title: line.title })}
                </span>
              </label>
              <input
                id={`quantity-${line.id}`}
                name="quantity"
                type="number"
                inputMode="numeric"
                min={0}
                max={maxLineQuantity}
                defaultValue={line.quantity}
                key={line.quantity}
              />
              <button type="submit" className="button button--secondary" disabled={busy}>
                {busy && fetcher.formData?.get("intent") === "update"
                  ? t("cart.updating")
                  : t("cart.update")}
              </button>
            </fetcher.Form>
          ) : null}
          <fetcher.Form method="post">
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="line_id" value={line.id} />
            <button type="submit" className="link-button" disabled={busy}>
              <span aria-hidden="true">
                {busy && fetcher.formData?.get("intent") === "remove"
                  ? t("cart.removing")
                  : t("cart.remove")}
              </span>
              <span className="visually-hidden">{t("cart.removeOf", { title: line.title })}</span>
            </button>
          </fetcher.Form>
        </div>
        {fetcher.data?.error ? (
          <p className="notice notice--error" role="alert">
            {t("cart.refused", { message: fetcher.data.error })}
          </p>
        ) : null}
      </div>
      <p className="cart-line__subtotal">{formatVnd(line.subtotal, locale)}</p>
    </article>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
