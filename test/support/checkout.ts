// A shopper's checkout over the real Store API, up to the point of completing the cart.
import { regionId } from "./admin-api"
import { expectJson, post } from "./http"
import { storeFetch } from "./store-api"

/** The delivery address of every test checkout: what a stranger must never read back. */
export const shopperAddress = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Lê Duẩn",
  city: "Buôn Ma Thuột",
  province: "Đắk Lắk",
  country_code: "vn",
  phone: "0900000000",
}

/** What of the shopper a stranger (or a producer) must never read back: email, phone, street, family name. */
export const shopperContacts = (email: string) => [
  email,
  shopperAddress.phone,
  shopperAddress.address_1,
  shopperAddress.last_name,
]

const guest = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

/** A Store API call, as the signed-in customer whose token is given, or as a guest. */
export function asCustomer(token: string | undefined, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  if (token) headers.set("authorization", `Bearer ${token}`)
  return storeFetch(path, { ...init, headers })
}

export async function createCart(items: { variant_id: string; quantity: number }[] = []) {
  const res = await storeFetch("/store/carts", post({ region_id: await regionId(), items }))
  return res
}

/**
 * A cart with one listed item, an address, delivery and a cash-on-delivery payment session.
 * Carts readied at the same moment need distinct emails: Medusa creates the guest customer of
 * an email once, and two carts racing to create the same one fail.
 */
export async function readyCart(variantId: string, email = `shopper-${guest()}@example.com`) {
  return readyCartOf([variantId], { email })
}

/**
 * A cart with one unit of each variant, ready to complete like `readyCart`; with a customer's
 * token the cart (and the order it becomes) is theirs.
 */
export async function readyCartOf(
  variantIds: string[],
  {
    email = `shopper-${guest()}@example.com`,
    customerToken,
    locale,
    paymentMethod,
  }: CartOwner = {},
) {
  const call = (path: string, init?: RequestInit) => asCustomer(customerToken, path, init)
  const items = variantIds.map((variant_id) => ({ variant_id, quantity: 1 }))
  const { cart } = await expectJson(
    await call("/store/carts", post({ region_id: await regionId(), items, locale })),
    200,
  )
  await expectJson(
    await call(
      `/store/carts/${cart.id}`,
      post({
        email,
        shipping_address: shopperAddress,
        ...(paymentMethod ? { metadata: { payment_method: paymentMethod } } : {}),
      }),
    ),
    200,
  )
  const { shipping_options } = await expectJson(
    await call(`/store/shipping-options?cart_id=${cart.id}`),
    200,
  )
  await shipAndPay(cart.id, deliveryOption(shipping_options).id, call)
  return cart.id as string
}

type StoreCall = (path: string, init?: RequestInit) => Promise<Response>

/**
 * The last steps before completing a cart: the shipping option chosen, then a payment
 * collection with the system provider's session (cash on delivery, or a bank transfer).
 */
export async function shipAndPay(cartId: string, optionId: string, call: StoreCall = storeFetch) {
  await expectJson(
    await call(`/store/carts/${cartId}/shipping-methods`, post({ option_id: optionId })),
    200,
  )
  const { payment_collection } = await expectJson(
    await call("/store/payment-collections", post({ cart_id: cartId })),
    200,
  )
  await expectJson(
    await call(
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      post({ provider_id: "pp_system_default" }),
    ),
    200,
  )
}

type ShippingOption = { id: string; service_zone?: { fulfillment_set?: { type?: string } } }

/** Delivery, not a pickup at some centre: a pickup needs that centre to hold the cart. */
export function deliveryOption(options: ShippingOption[]): ShippingOption {
  const delivery = options.find((option) => option.service_zone?.fulfillment_set?.type !== "pickup")
  if (!delivery) throw new Error("the store offers no delivery shipping option")
  return delivery
}

type CartOwner = {
  email?: string
  customerToken?: string
  locale?: string
  paymentMethod?: string
}
