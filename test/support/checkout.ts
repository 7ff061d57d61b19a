// A shopper's checkout over the real Store API, up to the point of completing the cart.
import { expectJson, post, regionId } from "./admin-api"
import { storeFetch } from "./store-api"

const address = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Lê Duẩn",
  city: "Buôn Ma Thuột",
  province: "Đắk Lắk",
  country_code: "vn",
  phone: "0900000000",
}

const guest = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

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
  const { cart } = await expectJson(await createCart([{ variant_id: variantId, quantity: 1 }]), 200)
  await expectJson(
    await storeFetch(`/store/carts/${cart.id}`, post({ email, shipping_address: address })),
    200,
  )
  const { shipping_options } = await expectJson(
    await storeFetch(`/store/shipping-options?cart_id=${cart.id}`),
    200,
  )
  await expectJson(
    await storeFetch(
      `/store/carts/${cart.id}/shipping-methods`,
      post({ option_id: shipping_options[0].id }),
    ),
    200,
  )
  const { payment_collection } = await expectJson(
    await storeFetch("/store/payment-collections", post({ cart_id: cart.id })),
    200,
  )
  await expectJson(
    await storeFetch(
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      post({ provider_id: "pp_system_default" }),
    ),
    200,
  )
  return cart.id as string
}
