import { stripeProviderId } from "./payment.ts"

/**
 * Glue between Medusa's payment collection and Stripe's Payment Element. Pure functions:
 * the page passes their results to the Stripe libraries, which load only for card payments.
 */

/** VND is zero-decimal at Stripe: an amount is a whole number of đồng, never × 100. */
export const stripeCurrency = "vnd"

/**
 * The amount Stripe charges for `vnd` đồng. Stripe takes VND as is; a fraction of a đồng
 * would be truncated and mis-charge, so it is refused, as are negative or unsafe numbers.
 */
export function toStripeAmount(vnd: number): number {
  if (!Number.isSafeInteger(vnd) || vnd < 0) {
    throw new RangeError(`Not a whole, non-negative amount of đồng: ${vnd}`)
  }
  return vnd
}

type PaymentSessionLike = {
  provider_id: string
  amount?: number | null
  data?: Record<string, unknown> | null
}

/** The client secret of the Stripe session in a payment collection, if it has one. */
export function stripeClientSecret(
  sessions: readonly PaymentSessionLike[] | null | undefined,
): string | null {
  const session = sessions?.find((candidate) => candidate.provider_id === stripeProviderId)
  const secret = session?.data?.client_secret
  return typeof secret === "string" && secret.includes("_secret_") ? secret : null
}

/**
 * Whether the Stripe session charges exactly the cart's total: both whole đồng and equal.
 * A mismatch means the cart changed after the session was created.
 */
export function chargesCartTotal(
  sessions: readonly PaymentSessionLike[] | null | undefined,
  cartTotal: number,
): boolean {
  const session = sessions?.find((candidate) => candidate.provider_id === stripeProviderId)
  if (session?.amount == null) return false
  try {
    return toStripeAmount(Number(session.amount)) === toStripeAmount(cartTotal)
  } catch {
    return false
  }
}

/** Options for `<Elements>`: the session's secret and the page's language. */
export function elementsOptions(clientSecret: string, locale: "vi" | "en") {
  return {
    clientSecret,
    locale,
    appearance: { theme: "stripe" as const, variables: { colorPrimary: "#1d5b3a" } },
  }
}

/** Where Stripe sends the shopper back after a redirecting payment method. */
export function stripeReturnUrl(origin: string, completePath: string): string {
  return new URL(completePath, origin).href
}
