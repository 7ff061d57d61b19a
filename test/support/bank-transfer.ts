// Orders paid by bank transfer or cash on delivery, placed over the real Store API on goods
// stocked at a place of their own, for the bank-transfer tests.
import { placeOrder as placeGuestOrder, unique } from "./orders"
import { stockedPlace } from "./staff-api"

export type Method = "bank_transfer" | "cod"

/** A listed product with 10 units on one place's shelf. */
export async function stockedGoods() {
  const { place, token, goods } = await stockedPlace(
    "Trung tâm chuyển khoản",
    "Cà phê chuyển khoản",
    10,
  )
  return { place, staff: token, variantId: goods.variantId }
}

/** A guest's order of one unit, paid as `method` says (the storefront's cart metadata). */
export async function placeOrder(variantId: string, method: Method) {
  const email = `transfer-${unique()}@example.com`
  const { order, accessToken } = await placeGuestOrder([variantId], {
    email,
    paymentMethod: method,
  })
  return {
    email,
    id: order.id,
    display_id: order.display_id,
    total: Number(order.total),
    accessToken: accessToken as string,
  }
}
