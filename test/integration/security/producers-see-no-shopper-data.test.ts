// A producer's order lines say what of theirs sold, how many, when and in which order number:
// never the order's id (which opened the shopper's order on Medusa's store API), the shopper's
// contact data, or another producer's lines of the same order.
import { beforeAll, describe, expect, it } from "vitest"
import { createCandidateProduct, expectJson, recordCertificate } from "../../support/admin-api"
import { shopperAddress } from "../../support/checkout"
import { placeOrder, unique } from "../../support/orders"
import { producerFetch, registerProducerUser } from "../../support/producer-api"

type Goods = Awaited<ReturnType<typeof createCandidateProduct>>

let mine: Goods
let theirs: Goods
let myToken: string
let theirToken: string
let placed: Awaited<ReturnType<typeof placeOrder>>

// Two producers, their certified products and an order: the whole checkout, slow when loaded.
beforeAll(async () => {
  ;[mine, theirs] = [
    await createCandidateProduct("Trà shan tuyết"),
    await createCandidateProduct("Gạo séng cù"),
  ]
  await recordCertificate(mine.product.id, { stars: 4, score: 74 })
  await recordCertificate(theirs.product.id, { stars: 3, score: 57 })
  ;[myToken, theirToken] = [
    (await registerProducerUser(`producer-${unique()}@example.com`, mine.producer.id)).token,
    (await registerProducerUser(`producer-${unique()}@example.com`, theirs.producer.id)).token,
  ]
  // One shopper's order with both producers' products in it.
  placed = await placeOrder([mine.variantId, theirs.variantId])
}, 120_000)

type OrderLines = {
  lines: { product_id: string; order: { display_id: number } | null }[]
}

async function linesOf(token: string) {
  return expectJson<OrderLines>(await producerFetch(token, "/producer/orders?limit=50"), 200)
}

describe("producers see no shopper data", () => {
  it("shows a producer their line of a shopper's order by its display number, without the order id or contact data", async () => {
    const list = await linesOf(myToken)
    const line = list.lines.find((row) => row.order?.display_id === placed.order.display_id)
    expect(line).toMatchObject({
      product_id: mine.product.id,
      variant_id: mine.variantId,
      quantity: 1,
      unit_price: 85000,
      order: { display_id: placed.order.display_id, status: "pending" },
    })
    expect(Object.keys(line?.order ?? {}).sort()).toEqual(["created_at", "display_id", "status"])
    const text = JSON.stringify(list)
    expect(text).not.toContain(placed.order.id)
    for (const contact of [
      placed.email,
      shopperAddress.phone,
      shopperAddress.address_1,
      shopperAddress.last_name,
    ]) {
      expect(text).not.toContain(contact)
    }
  })

  it("never shows one producer the other producer's line of the same order", async () => {
    const [my, their] = [await linesOf(myToken), await linesOf(theirToken)]
    const ids = (list: OrderLines) => new Set(list.lines.map((row) => row.product_id))
    expect(ids(my)).toEqual(new Set([mine.product.id]))
    expect(ids(their)).toEqual(new Set([theirs.product.id]))
    expect(JSON.stringify(my)).not.toContain(theirs.product.title)
    expect(JSON.stringify(their)).not.toContain(mine.product.title)
    expect(JSON.stringify(their)).not.toContain(placed.order.id)
  })

  it("answers a malformed page with 400", async () => {
    for (const query of ["?limit=0", "?limit=abc", "?offset=-1"]) {
      const body = await expectJson(await producerFetch(myToken, `/producer/orders${query}`), 400)
      expect(body.message).toEqual(expect.any(String))
    }
  })
})
