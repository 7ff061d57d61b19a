import { lazy, Suspense } from "react"
import { useTranslation } from "react-i18next"
import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/checkout-payment"
import { CheckoutSteps } from "#app/components/checkout-steps.tsx"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { OrderSummary } from "#app/components/ui/order-summary.tsx"
import { getRegionPaymentProviders } from "#app/lib/checkout/cart.server.ts"
import { PaymentFormSchema } from "#app/lib/checkout/schema.ts"
import { joinFullName } from "#app/lib/core/names.ts"
import { checkoutCart } from "#app/lib/checkout/guard.server.ts"
import { startPayment } from "#app/lib/checkout/checkout.server.ts"
import { getEnv } from "#app/lib/core/env.server.ts"
import { fieldErrors, type FieldErrors } from "#app/lib/core/form.ts"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { privateSeo } from "#app/lib/core/seo.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { StoreRefusal } from "#app/lib/core/medusa.server.ts"
import { availablePaymentMethods, type PaymentMethod } from "#app/lib/checkout/payment.ts"
import { placeOrder } from "#app/lib/checkout/place-order.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { chargesCartTotal, stripeClientSecret, stripeReturnUrl } from "#app/lib/checkout/stripe.ts"
import { useHydrated } from "#app/lib/core/use-hydrated.ts"
import { useLocale, useLocalizePath } from "#app/lib/i18n/use-locale.ts"

const StripePaymentForm = lazy(() => import("#app/components/stripe-payment-form.tsx"))

async function paymentMethods() {
  return availablePaymentMethods(await getRegionPaymentProviders(), getEnv().STRIPE_PUBLISHABLE_KEY)
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  const { cart, lines } = await checkoutCart(request, locale)
  if (!cart.email || !cart.shipping_option_id) throw redirect(localizePath("/checkout", locale))
  const methods = await paymentMethods()
  const url = new URL(request.url)
  const completePath = localizePath("/checkout/complete", locale)
  const publishableKey = getEnv().STRIPE_PUBLISHABLE_KEY
  const clientSecret = stripeClientSecret(cart.payment_sessions)
  const card =
    url.searchParams.get("step") === "card" &&
    publishableKey &&
    clientSecret &&
    methods.includes("card") &&
    chargesCartTotal(cart.payment_sessions, cart.total)
      ? {
          publishableKey,
          clientSecret,
          returnUrl: stripeReturnUrl(url.origin, completePath),
          completePath,
        }
      : null
  return {
    seo: privateSeo(context, t("payment.title")),
    cart,
    lines,
    methods,
    card,
    cardFailed: url.searchParams.has("failed"),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

/**
 * Cash on delivery and bank transfer place the order at once. A card payment opens a Stripe
 * session first; the card form then completes the order through /checkout/complete.
 */
export async function action({ context, request }: Route.ActionArgs) {
  const locale = getLocale(context)
  const form = await request.formData()
  const { cart, token } = await checkoutCart(request, locale)
  const parsed = PaymentFormSchema.safeParse({
    payment_method: form.get("payment_method") ?? undefined,
  })
  const methods = await paymentMethods()
  if (!parsed.success || !methods.includes(parsed.data.payment_method)) {
    const errors: FieldErrors = parsed.success
      ? { payment_method: "form.errors.choose" }
      : fieldErrors(parsed.error)
    return data({ errors, refusal: null }, { status: 400 })
  }
  const method = parsed.data.payment_method
  try {
    await startPayment(cart, method, { locale, token })
    if (method === "card") throw redirect(`${localizePath("/checkout/payment", locale)}?step=card`)
    return await placeOrder(request, cart.id, { locale, token, method })
  } catch (error) {
    if (!(error instanceof StoreRefusal)) throw error
    return data({ errors: {} as FieldErrors, refusal: error.message }, { status: 400 })
  }
}

export default function Payment({ loaderData, actionData }: Route.ComponentProps) {
  const { cart, lines, methods, card, cardFailed } = loaderData
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  const navigation = useNavigation()
  const placing = navigation.state !== "idle" && navigation.formMethod === "POST"
  const error = actionData?.errors.payment_method
  const address = cart.shipping_address
  return (
    <div className="container checkout">
      <CheckoutSteps current="payment" />
      <h1>{t("payment.title")}</h1>
      <div className="checkout__grid">
        <div>
          <section className="form-section review" aria-labelledby="review-title">
            <h2 id="review-title">{t("payment.deliveryReview")}</h2>
            <p>
              <strong>{cart.shipping_method_name}</strong>
            </p>
            {address ? (
              <p>
                {joinFullName(address)} · {address.phone}
                <br />
                {[address.address_1, address.city, address.province].filter(Boolean).join(", ")}
              </p>
            ) : null}
            <p>{cart.email}</p>
            <Link to={localizePath("/checkout")}>{t("payment.change")}</Link>
          </section>
          {card ? (
            <section className="form-section" aria-labelledby="card-title">
              <h2 id="card-title">{t("payment.cardTitle")}</h2>
              <CardPayment {...card} />
            </section>
          ) : (
            <Form method="post" className="checkout-form" aria-busy={placing}>
              {actionData?.refusal ? (
                <p className="notice notice--error" role="alert">
                  {t("payment.refused", { message: actionData.refusal })}
                </p>
              ) : null}
              {cardFailed ? (
                <p className="notice notice--error" role="alert">
                  {t("payment.cardFailed")}
                </p>
              ) : null}
              <fieldset
                className="form-section payment-methods"
                aria-describedby={error ? "payment-error" : undefined}
              >
                <legend>{t("payment.method")}</legend>
                {error ? (
                  <p className="field__error" id="payment-error">
                    {t(error)}
                  </p>
                ) : null}
                {methods.map((method) => (
                  <PaymentChoice
                    key={method}
                    method={method}
                    checked={(cart.payment_method ?? methods[0]) === method}
                  />
                ))}
              </fieldset>
              <button type="submit" className="button button--large" disabled={placing}>
                {placing ? t("payment.placing") : t("payment.placeOrder")}
              </button>
            </Form>
          )}
        </div>
        <OrderSummary
          headingId="payment-summary"
          lines={lines.map((line) => ({ ...line, amount: line.subtotal }))}
          itemTotal={cart.item_subtotal}
          shippingTotal={cart.shipping_total}
          total={cart.total}
        />
      </div>
    </div>
  )
}

function PaymentChoice({ method, checked }: { method: PaymentMethod; checked: boolean }) {
  const { t } = useTranslation()
  const id = `payment-${method}`
  return (
    <label className="choice" htmlFor={id}>
      <input id={id} type="radio" name="payment_method" value={method} defaultChecked={checked} />
      <span className="choice__body">
        <span className="choice__title">{t(`payment.methods.${method}.title`)}</span>
        <span className="choice__detail">{t(`payment.methods.${method}.detail`)}</span>
      </span>
    </label>
  )
}

/** The Stripe form needs JavaScript: until the page is hydrated it says so. */
function CardPayment(props: NonNullable<Route.ComponentProps["loaderData"]["card"]>) {
  const { t } = useTranslation()
  const locale = useLocale()
  const hydrated = useHydrated()
  if (!hydrated) return <p className="field__hint">{t("payment.cardNeedsJs")}</p>
  return (
    <Suspense fallback={<p className="field__hint">{t("payment.cardLoading")}</p>}>
      <StripePaymentForm {...props} locale={locale} />
    </Suspense>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
