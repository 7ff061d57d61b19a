/**
 * How a shopper pays. Cash on delivery and bank transfer both go through Medusa's system
 * provider (the shop collects the money itself) and differ only in what the shopper is told;
 * cards go through Stripe when the backend and the storefront both have Stripe keys.
 */
export const paymentMethods = ["cod", "bank_transfer", "card"] as const
export type PaymentMethod = (typeof paymentMethods)[number]

export const systemProviderId = "pp_system_default"
export const stripeProviderId = "pp_stripe_stripe"

export function providerFor(method: PaymentMethod): string {
  return method === "card" ? stripeProviderId : systemProviderId
}

/** The methods offered: those whose provider the region has, cards only with a Stripe key. */
export function availablePaymentMethods(
  regionProviderIds: readonly string[],
  stripePublishableKey: string | undefined,
): PaymentMethod[] {
  return paymentMethods.filter((method) => {
    if (method === "card" && !stripePublishableKey) return false
    return regionProviderIds.includes(providerFor(method))
  })
}

export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return paymentMethods.some((method) => method === value)
}
