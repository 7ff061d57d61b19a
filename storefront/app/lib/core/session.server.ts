import { createCookie, createCookieSessionStorage, type Cookie } from "react-router"
import { parseCartId } from "../checkout/cart-id.ts"
import { getEnv } from "./env.server.ts"
import type { PaymentMethod } from "../checkout/payment.ts"

const thirtyDays = 60 * 60 * 24 * 30
const sevenDays = 60 * 60 * 24 * 7
/** Orders this browser placed, so their confirmation pages open without an account. */
const maxRememberedOrders = 10

type SessionData = {
  /** The customer's Medusa JWT; never leaves the server except inside this signed cookie. */
  token: string
  /**
   * Orders placed in this browser, with how they are paid (Medusa's store API does not return
   * an order's metadata to guests, and the confirmation page needs the payment method) and the
   * order's access token, the guest's only proof to the backend of having placed it.
   */
  orders: RememberedOrder[]
}

export type RememberedOrder = {
  id: string
  method: PaymentMethod | null
  /** Handed out once by the backend when the cart completed; sessions from before have none. */
  accessToken?: string
}

function cookieOptions() {
  const env = getEnv()
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secrets: env.SESSION_SECRET.split(",").map((secret) => secret.trim()),
  }
}

/**
 * The shopper's cookies are `Secure` when the storefront's public address is https, or when
 * this request came over https: the request's URL says so only as the server's configured
 * trusted proxies (TRUSTED_PROXY_COUNT) report it, never as any client claims.
 */
export function secureCookies(storefrontUrl: string | undefined, request: Request): boolean {
  return Boolean(storefrontUrl?.startsWith("https:")) || new URL(request.url).protocol === "https:"
}

const serializeFor = (request: Request) => ({
  secure: secureCookies(getEnv().STOREFRONT_URL, request),
})

let cartCookie: Cookie | undefined
let storage: ReturnType<typeof createCookieSessionStorage<SessionData>> | undefined

function getCartCookie(): Cookie {
  cartCookie ??= createCookie("ocop_cart", { ...cookieOptions(), maxAge: thirtyDays })
  return cartCookie
}

function getStorage() {
  storage ??= createCookieSessionStorage<SessionData>({
    cookie: { name: "ocop_session", ...cookieOptions(), maxAge: sevenDays },
  })
  return storage
}

/** The cart id of this browser, from its signed cookie. */
export async function getCartId(request: Request): Promise<string | null> {
  return parseCartId(await getCartCookie().parse(request.headers.get("Cookie")))
}

/** A Set-Cookie header keeping `cartId`, or forgetting the cart when null. */
export function cartCookieHeader(cartId: string | null, request: Request): Promise<string> {
  return cartId
    ? getCartCookie().serialize(cartId, serializeFor(request))
    : getCartCookie().serialize("", { ...serializeFor(request), maxAge: 0 })
}

export function getSession(request: Request) {
  return getStorage().getSession(request.headers.get("Cookie"))
}

export type Session = Awaited<ReturnType<typeof getSession>>

export function commitSession(session: Session, request: Request): Promise<string> {
  return getStorage().commitSession(session, serializeFor(request))
}

/** The signed-in customer's token, if any. */
export async function getCustomerToken(request: Request): Promise<string | null> {
  return (await getSession(request)).get("token") ?? null
}

export function rememberOrder(session: Session, order: RememberedOrder) {
  const orders = (session.get("orders") ?? []).filter((known) => known.id !== order.id)
  session.set("orders", [order, ...orders].slice(0, maxRememberedOrders))
}

/** The order as this browser placed it, or undefined when it was placed elsewhere. */
export function placedHere(session: Session, orderId: string): RememberedOrder | undefined {
  return (session.get("orders") ?? []).find((order) => order.id === orderId)
}
