/** A Medusa cart id as the cart cookie may hold it: `cart_` and a ULID. */
const cartIdPattern = /^cart_[0-9A-Za-z]{16,40}$/

/** The cart id in a parsed cookie value, or null for anything else (a stale or forged value). */
export function parseCartId(value: unknown): string | null {
  return typeof value === "string" && cartIdPattern.test(value) ? value : null
}
