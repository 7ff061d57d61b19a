// A store order holds the shopper's email, phone and address: Medusa's own
// GET /store/orders/:id serves it to anyone holding the id. Here only the customer it belongs to
// (signed in) or the browser holding the order's confirmation token may read it.
import { beforeAll, describe, expect, it } from "vitest"
import { certifiedGoods, type Goods } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { asCustomer, createCart, shopperAddress } from "../../support/checkout"
import { customerAccount, placeOrder, readOrder } from "../../support/orders"

type Customer = Awaited<ReturnType<typeof customerAccount>>

let goods: Goods
let otherProducersGoods: Goods
let owner: Customer
let stranger: Customer

beforeAll(async () => {
  ;[goods, otherProducersGoods] = [
    await certifiedGoods("Cà phê riêng tư", { stars: 4, score: 78 }),
    await certifiedGoods("Mật ong riêng tư", { stars: 3, score: 62 }),
  ]
  ;[owner, stranger] = [await customerAccount(), await customerAccount()]
}, 120_000)

/** Nothing of the shopper's contact data in a refusal. */
function expectNoShopperData(body: string, email: string) {
  expect(body).not.toContain(email)
  expect(body).not.toContain(shopperAddress.phone)
  expect(body).not.toContain(shopperAddress.address_1)
}

// Each test places orders through the whole checkout: slow on a loaded machine.
describe("an order is read only by its customer or with its token", { timeout: 120_000 }, () => {
  it("a guest's order answers 404 to its id alone and to a wrong token, 200 to its own token", async () => {
    const placed = await placeOrder([goods.variantId, otherProducersGoods.variantId])
    const other = await placeOrder([goods.variantId])

    const bare = await readOrder(placed.order.id)
    const bareBody = await bare.text()
    expect(bare.status).toBe(404)
    expectNoShopperData(bareBody, placed.email)

    expect(placed.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const token = placed.accessToken!
    const flipped = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`
    for (const wrong of [other.accessToken!, flipped, token.slice(1), "x".repeat(4000), " "]) {
      const res = await readOrder(placed.order.id, { accessToken: wrong })
      const body = await res.text()
      expect(res.status).toBe(404)
      expectNoShopperData(body, placed.email)
    }
    // A token opens its own order only, even for a signed-in customer.
    const crossed = await readOrder(placed.order.id, {
      accessToken: other.accessToken,
      customerToken: stranger.token,
    })
    expect(crossed.status).toBe(404)

    const { order } = await expectJson(
      await readOrder(placed.order.id, { accessToken: token }),
      200,
    )
    expect(order.id).toBe(placed.order.id)
    expect(order.email).toBe(placed.email)
    expect(order.items.map((item: { product_id: string }) => item.product_id).sort()).toEqual(
      [goods.product.id, otherProducersGoods.product.id].sort(),
    )
  })

  it("a customer's order answers 200 to that customer signed in, 404 to another customer and to nobody", async () => {
    const placed = await placeOrder([goods.variantId], {
      email: owner.email,
      customerToken: owner.token,
    })
    const mine = await expectJson(
      await readOrder(placed.order.id, { customerToken: owner.token }),
      200,
    )
    expect(mine.order.email).toBe(owner.email)

    for (const res of [
      await readOrder(placed.order.id, { customerToken: stranger.token }),
      await readOrder(placed.order.id),
    ]) {
      const body = await res.text()
      expect(res.status).toBe(404)
      expectNoShopperData(body, owner.email)
    }
    // A guest's order is no signed-in stranger's either.
    const guest = await placeOrder([goods.variantId])
    expect((await readOrder(guest.order.id, { customerToken: stranger.token })).status).toBe(404)
  })

  it("a cart that cannot complete hands out no token and writes no order", async () => {
    // No address, delivery or payment: completion is refused.
    const { cart: bare } = await expectJson(
      await createCart([{ variant_id: goods.variantId, quantity: 1 }]),
      200,
    )
    const body = await expectJson(
      await asCustomer(undefined, `/store/carts/${bare.id}/complete`, post({})),
      400,
    )
    expect(body.message).toEqual(expect.any(String))
    expect(body.order_access_token).toBeUndefined()
    const { cart } = await expectJson(
      await asCustomer(undefined, `/store/carts/${bare.id}?fields=id,completed_at`),
      200,
    )
    expect(cart.completed_at).toBeNull()
  })
})
