import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * An order's access token: proof of having placed the order, for a guest who has no account.
 * It is derived, never stored: HMAC-SHA256 over the order id under a key of its own, itself
 * derived from the server's cookie secret, so rotating that secret withdraws every token.
 * See docs/decisions (order access token).
 */

/** The request header that carries an order's access token. */
export const ORDER_TOKEN_HEADER = "x-order-access-token"

/** Where the cart completion response hands the token over, beside the order. */
export const ORDER_TOKEN_FIELD = "order_access_token"

const KEY_LABEL = "ocop order access token v1"

function tokenKey(secret: string): Buffer {
  if (!secret) throw new Error("An order access token needs a server secret.")
  return createHmac("sha256", secret).update(KEY_LABEL).digest()
}

/** The order's access token: 43 URL-safe characters. */
export function orderAccessToken(secret: string, orderId: string): string {
  return createHmac("sha256", tokenKey(secret)).update(orderId).digest("base64url")
}

/** Whether `presented` is the order's access token, compared in constant time. */
export function isOrderAccessToken(secret: string, orderId: string, presented: unknown): boolean {
  if (typeof presented !== "string" || !presented) return false
  const expected = Buffer.from(orderAccessToken(secret, orderId))
  const given = Buffer.from(presented)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Two emails name the same mailbox as Medusa stores them (case and spaces aside). */
export function sameEmail(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = a?.trim().toLowerCase()
  return Boolean(left) && left === b?.trim().toLowerCase()
}
