// Medusa's POST /store/returns creates (and completes) a return on whatever shipped order its
// body names, for anyone holding the order's id and a line id. Here it needs the same proof as
// reading the order: the customer it belongs to, or the order's confirmation token.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch, certifiedGoods } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { readyCartOf } from "../../support/checkout"
import { customerAccount, orderCall, placeOrder } from "../../support/orders"
import { storeFetch } from "../../support/store-api"

let variantId: string
let stranger: Awaited<ReturnType<typeof customerAccount>>
let shippingOptionId: string

beforeAll(async () => {
  variantId = (await certifiedGoods("Tiêu đổi trả", { stars: 3, score: 66 })).variantId
  stranger = await customerAccount()
  // Any shopper can list the delivery options; Medusa takes one as the return's shipping.
  const cartId = await readyCartOf([variantId])
  const { shipping_options } = await expectJson(
    await storeFetch(`/store/shipping-options?cart_id=${cartId}`),
    200,
  )
  shippingOptionId = shipping_options[0].id
}, 120_000)

/**
 * The officer ships the whole order (a return takes back fulfilled units only); its line ids,
 * as a leaked order would show them.
 */
async function fulfilledLineIds(orderId: string): Promise<string[]> {
  const { order } = await expectJson(
    await adminFetch(`/admin/orders/${orderId}?fields=id,*items`),
    200,
  )
  const items = (order.items as { id: string; quantity: number }[]).map((item) => ({
    id: item.id,
    quantity: Number(item.quantity),
  }))
  await expectJson(await adminFetch(`/admin/orders/${orderId}/fulfillments`, post({ items })), 200)
  return items.map((item) => item.id)
}

async function returnsOf(orderId: string) {
  const { returns } = await expectJson(await adminFetch(`/admin/returns?order_id=${orderId}`), 200)
  return returns as { id: string }[]
}

const returnBody = (orderId: string, lineId: string) =>
  post({
    order_id: orderId,
    items: [{ id: lineId, quantity: 1 }],
    return_shipping: { option_id: shippingOptionId },
  })

// Each test places orders through the whole checkout: slow on a loaded machine.
describe("an order's return needs its customer or its token", { timeout: 120_000 }, () => {
  it("refuses a stranger's return on someone's order with 404 and writes no return", async () => {
    const { order } = await placeOrder([variantId])
    const [lineId] = await fulfilledLineIds(order.id)
    for (const proof of [{ customerToken: stranger.token }, {}]) {
      const res = await orderCall("/store/returns", proof, returnBody(order.id, lineId))
      expect(res.status).toBe(404)
    }
    expect(await returnsOf(order.id)).toEqual([])
  })

  it("lets the holder of the order's token return a line", async () => {
    const { order, accessToken } = await placeOrder([variantId])
    const [lineId] = await fulfilledLineIds(order.id)
    const { return: created } = await expectJson(
      await orderCall("/store/returns", { accessToken }, returnBody(order.id, lineId)),
      200,
    )
    expect(created.order_id).toBe(order.id)
    expect((await returnsOf(order.id)).map((row) => row.id)).toEqual([created.id])
  })

  it("answers a return without an order with 400 and writes nothing", async () => {
    const { order } = await placeOrder([variantId])
    const [lineId] = await fulfilledLineIds(order.id)
    const body = await expectJson(
      await orderCall(
        "/store/returns",
        { customerToken: stranger.token },
        post({
          items: [{ id: lineId, quantity: 1 }],
          return_shipping: { option_id: shippingOptionId },
        }),
      ),
      400,
    )
    expect(body.message).toMatch(/order_id/)
    expect(await returnsOf(order.id)).toEqual([])
  })
})
