import { toOrder, type Customer, type Order } from "../checkout/commerce-types.ts"
import type { Locale } from "../i18n/i18n.ts"
import {
  getMedusa,
  Missing,
  storeCall,
  StoreRefusal,
  storeHeaders,
  Unauthorized,
} from "../core/medusa.server.ts"
import { PortalApiError, portalApi } from "../portal/api.server.ts"

const orderFields = [
  "id",
  "display_id",
  "created_at",
  "email",
  "status",
  "payment_status",
  "fulfillment_status",
  "metadata",
  "total",
  "item_total",
  "shipping_total",
  "*items",
  "*shipping_address",
  "*shipping_methods",
].join(",")

/**
 * The customer auth routes, called like the portals call theirs: a `PortalApiError` carries a
 * 429's Retry-After, which Medusa's SDK drops.
 */
const authCall = portalApi("Shopper sign-in", 10_000)

/**
 * A customer's token for email and password, or null when they do not match. `client` names the
 * shopper's address (edge.server.ts); a 429 (wait before trying again) is thrown to the page.
 */
export async function logIn(
  email: string,
  password: string,
  client: Record<string, string>,
): Promise<string | null> {
  try {
    const { token } = await authCall<{ token: string }>("/auth/customer/emailpass", {
      method: "POST",
      body: { email, password },
      headers: client,
    })
    return token
  } catch (error) {
    if (error instanceof PortalApiError && error.status !== 429) return null
    throw error
  }
}

export type Registration = {
  email: string
  password: string
  first_name: string
  last_name: string
}

/**
 * Creates the login and the customer, then logs in (the registration token has no customer
 * yet). "taken" when the email already has a login.
 */
export async function register(
  registration: Registration,
  locale: Locale,
  client: Record<string, string>,
): Promise<{ token: string } | { error: "taken" }> {
  const { email, password, first_name, last_name } = registration
  let registrationToken: string
  try {
    ;({ token: registrationToken } = await authCall<{ token: string }>(
      "/auth/customer/emailpass/register",
      { method: "POST", body: { email, password }, headers: client },
    ))
  } catch (error) {
    if (error instanceof PortalApiError && error.status !== 429) return { error: "taken" }
    throw error
  }
  await storeCall("create customer", () =>
    getMedusa().store.customer.create(
      { email, first_name, last_name },
      { fields: "id" },
      storeHeaders(locale, registrationToken),
    ),
  )
  const token = await logIn(email, password, client)
  if (!token) throw new Error("A customer just registered cannot log in.")
  return { token }
}

/** The signed-in customer, or null when the token is missing, expired or refused. */
export async function getCustomer(token: string | null, locale: Locale): Promise<Customer | null> {
  if (!token) return null
  try {
    const { customer } = await storeCall("retrieve customer", () =>
      getMedusa().store.customer.retrieve(
        { fields: "id,email,first_name,last_name" },
        storeHeaders(locale, token),
      ),
    )
    return {
      id: customer.id,
      email: customer.email,
      first_name: customer.first_name,
      last_name: customer.last_name,
    }
  } catch (error) {
    if (error instanceof Unauthorized || error instanceof Missing) return null
    throw error
  }
}

export async function listOrders(
  token: string,
  locale: Locale,
  page: { limit: number; offset: number },
): Promise<{ orders: Order[]; count: number }> {
  const { orders, count } = await storeCall("list orders", () =>
    getMedusa().store.order.list(
      { fields: orderFields, order: "-created_at", ...page },
      storeHeaders(locale, token),
    ),
  )
  return { orders: orders.map(toOrder), count }
}

/** The header that carries an order's access token (the OCOP plugin's order-access guard). */
const orderTokenHeader = "x-order-access-token"

/**
 * An order by id, for whoever may read it: the signed-in customer it belongs to, or the
 * browser that placed it, with the order's access token. Null for anyone else, as for an order
 * that does not exist. A customer's orders come from their own list, which (unlike the
 * single-order route) includes the metadata that says how it is paid.
 */
export async function findOrder(
  id: string,
  locale: Locale,
  { customerToken, accessToken }: { customerToken: string | null; accessToken?: string },
): Promise<Order | null> {
  if (customerToken) {
    try {
      const { orders } = await storeCall("find customer order", () =>
        getMedusa().store.order.list(
          { id, fields: orderFields, limit: 1 },
          storeHeaders(locale, customerToken),
        ),
      )
      if (orders[0]) return toOrder(orders[0])
    } catch (error) {
      if (!(error instanceof Unauthorized)) throw error
    }
  }
  if (!accessToken) return null
  try {
    const { order } = await storeCall("retrieve order", () =>
      getMedusa().store.order.retrieve(
        id,
        { fields: orderFields },
        { ...storeHeaders(locale), [orderTokenHeader]: accessToken },
      ),
    )
    return toOrder(order)
  } catch (error) {
    if (error instanceof Missing) return null
    throw error
  }
}

/** Gives a guest's cart to the customer who just signed in, so it follows their account. */
export async function transferCart(cartId: string, token: string, locale: Locale) {
  try {
    await storeCall("transfer cart", () =>
      getMedusa().store.cart.transferCart(cartId, { fields: "id" }, storeHeaders(locale, token)),
    )
  } catch (error) {
    if (!(
      error instanceof Missing ||
      error instanceof StoreRefusal ||
      error instanceof Unauthorized
    )) {
      throw error
    }
  }
}
