// Orders placed over the real Store API, by guests and by signed-in customers, for the tests
// that check who may read an order and act on it.
import { expectJson, post } from "./http"
import { asCustomer, readyCartOf } from "./checkout"
import { authPost } from "./auth-api"

export const CUSTOMER_PASSWORD = "Ocop@2026-shopper"

/** The header that carries an order's confirmation token. */
export const ORDER_TOKEN_HEADER = "x-order-access-token"

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

/** Registers a shopper's account and signs in: their email, customer id and token. */
export async function customerAccount(email = `customer-${unique()}@example.com`) {
  const { token: registration } = await expectJson(
    await authPost("/auth/customer/emailpass/register", { email, password: CUSTOMER_PASSWORD }),
    200,
  )
  const { customer } = await expectJson(
    await asCustomer(
      registration,
      "/store/customers",
      post({ email, first_name: "Mai", last_name: "Phạm" }),
    ),
    200,
  )
  const { token } = await expectJson(
    await authPost("/auth/customer/emailpass", { email, password: CUSTOMER_PASSWORD }),
    200,
  )
  return { email, id: customer.id as string, token: token as string }
}

/**
 * Places an order of one unit of each variant, as a guest or as the customer whose token is
 * given: the order as the completion returned it and the confirmation token handed back with
 * it (undefined when none came back).
 */
export async function placeOrder(
  variantIds: string[],
  { email = `guest-${unique()}@example.com`, ...cart }: PlaceOptions = {},
) {
  const { customerToken } = cart
  const cartId = await readyCartOf(variantIds, { email, ...cart })
  const completed = await expectJson(
    await asCustomer(customerToken, `/store/carts/${cartId}/complete`, post({})),
    200,
  )
  if (completed.type !== "order") throw new Error(`cart not completed: ${completed.error?.message}`)
  return {
    cartId,
    email,
    order: completed.order as { id: string; display_id: number; total: number | string },
    accessToken: completed.order_access_token as string | undefined,
  }
}

type PlaceOptions = {
  email?: string
  customerToken?: string
  /** The shopper's language, as the storefront sets it on the cart ("vi" when left out). */
  locale?: "vi" | "en"
  /** How they pay (`cod`, `bank_transfer`, `card`), as the storefront records it. */
  paymentMethod?: string
}

type Proof = { customerToken?: string; accessToken?: string }

/** A Store API call on an order: as a customer, with the order's token, both or neither. */
export function orderCall(
  path: string,
  { customerToken, accessToken }: Proof,
  init: RequestInit = {},
) {
  const headers = new Headers(init.headers)
  if (accessToken) headers.set(ORDER_TOKEN_HEADER, accessToken)
  return asCustomer(customerToken, path, { ...init, headers })
}

/** GET /store/orders/:id with the given proof. */
export function readOrder(orderId: string, proof: Proof = {}) {
  return orderCall(`/store/orders/${orderId}`, proof)
}
