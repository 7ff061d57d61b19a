// Orders paid by bank transfer or cash on delivery, placed over the real Store API on goods
// stocked at a place of their own, for the bank-transfer tests.
import { listedGoods } from "./admin-api"
import { expectJson, post } from "./http"
import { asCustomer, readyCartOf } from "./checkout"
import { unique } from "./orders"
import { createPlace, receiveGoods, staffOf } from "./staff-api"

export type Method = "bank_transfer" | "cod"

/** A listed product with 10 units on one place's shelf. */
export async function stockedGoods() {
  const place = await createPlace("Trung tâm chuyển khoản")
  const staff = await staffOf([place.id])
  const goods = await listedGoods("Cà phê chuyển khoản")
  await receiveGoods(staff, place.id, goods, 10)
  return { place, staff, variantId: goods.variantId }
}

/** A guest's order of one unit, paid as `method` says (the storefront's cart metadata). */
export async function placeOrder(variantId: string, method: Method) {
  const email = `transfer-${unique()}@example.com`
  const cartId = await readyCartOf([variantId], { email })
  await expectJson(
    await asCustomer(
      undefined,
      `/store/carts/${cartId}`,
      post({ metadata: { payment_method: method } }),
    ),
    200,
  )
  const completed = await expectJson(
    await asCustomer(undefined, `/store/carts/${cartId}/complete`, post({})),
    200,
  )
  if (completed.type !== "order") throw new Error(`cart not completed: ${completed.error?.message}`)
  return {
    email,
    id: completed.order.id as string,
    display_id: completed.order.display_id as number,
    total: Number(completed.order.total),
    accessToken: completed.order_access_token as string,
  }
}
