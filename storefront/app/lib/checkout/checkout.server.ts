import { splitFullName, type DeliveryForm } from "./schema.ts"
import type { Cart } from "./commerce-types.ts"
import type { Locale } from "../i18n/i18n.ts"
import { getMedusa, StoreRefusal, storeCall, storeHeaders } from "../core/medusa.server.ts"
import { listPlaces } from "../catalogue/ocop.server.ts"
import { providerFor, type PaymentMethod } from "./payment.ts"
import { toShippingChoices, type ShippingChoice, type ShippingOptionInput } from "./shipping.ts"

type Who = { locale: Locale; token?: string | null }

/** Every way this cart can reach the shopper: delivery, and pickup at OCOP places. */
export async function listShippingChoices(cartId: string, { locale, token }: Who) {
  const { shipping_options } = await storeCall("list shipping options", () =>
    getMedusa().store.fulfillment.listCartOptions({ cart_id: cartId }, storeHeaders(locale, token)),
  )
  const options = shipping_options as unknown as ShippingOptionInput[]
  const hasPickup = options.some(
    (option) => option.service_zone?.fulfillment_set?.type === "pickup",
  )
  const places = hasPickup ? (await listPlaces({ limit: 500 })).places : []
  return toShippingChoices(options, places)
}

/** Saves the contact, the address (the centre's, for a pickup) and the shipping method. */
export async function saveDelivery(
  cart: Cart,
  form: DeliveryForm,
  choice: ShippingChoice,
  { locale, token }: Who,
) {
  const headers = storeHeaders(locale, token)
  const name = splitFullName(form.full_name)
  const place = choice.kind === "pickup" ? choice.place : null
  const address = {
    ...name,
    phone: form.phone,
    country_code: "vn",
    province: place?.province ?? form.province,
    city: place?.commune ?? form.commune,
    address_1: place ? `${place.name}, ${place.address}` : form.address_1,
  }
  await storeCall("update cart", () =>
    getMedusa().store.cart.update(
      cart.id,
      { email: form.email, shipping_address: address, billing_address: address },
      { fields: "id" },
      headers,
    ),
  )
  await storeCall("add shipping method", () =>
    getMedusa().store.cart.addShippingMethod(
      cart.id,
      { option_id: choice.id },
      { fields: "id" },
      headers,
    ),
  )
}

/**
 * Records how the shopper pays (cart metadata `payment_method`, copied onto the order) and
 * opens a payment session with that method's provider.
 */
export async function startPayment(cart: Cart, method: PaymentMethod, { locale, token }: Who) {
  const headers = storeHeaders(locale, token)
  const { cart: updated } = await storeCall("update cart metadata", () =>
    getMedusa().store.cart.update(
      cart.id,
      { metadata: { payment_method: method } },
      { fields: "id,*payment_collection" },
      headers,
    ),
  )
  await storeCall("initiate payment session", () =>
    getMedusa().store.payment.initiatePaymentSession(
      updated,
      { provider_id: providerFor(method) },
      { fields: "id" },
      headers,
    ),
  )
}

/**
 * Turns the cart into an order; the backend's refusal (e.g. a delisted product) is thrown.
 * Returns the order's id and its access token, which the backend hands out with the order it
 * completes (see `findOrder`).
 */
export async function completeCart(
  cartId: string,
  { locale, token }: Who,
): Promise<{ orderId: string; accessToken: string }> {
  const result = await storeCall("complete cart", () =>
    getMedusa().store.cart.complete(cartId, { fields: "id" }, storeHeaders(locale, token)),
  )
  if (result.type !== "order") throw new StoreRefusal(result.error.message)
  // Added by the OCOP plugin beside Medusa's completion response.
  const accessToken = (result as { order_access_token?: unknown }).order_access_token
  if (typeof accessToken !== "string" || !accessToken) {
    throw new Error("The backend placed the order but handed out no order access token.")
  }
  return { orderId: result.order.id, accessToken }
}
