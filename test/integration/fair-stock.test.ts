// The public fair page (issue #19): during the fair, the units left on its fair ground — that
// place's stock alone, listed products alone, the new count on the very next read after a sale
// or a delivery; after it, the places of the network holding each product now.
import { beforeAll, describe, expect, it } from "vitest"
import { createCandidateProduct, recordCertificate, revokeCertificate } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { createFair, endFairNow, exhibit } from "../support/organizer-api"
import { createPlace, receiveGoods, staffFetch, staffOf } from "../support/staff-api"
import { liveFairWithStock, publicFair, receiveAtFair, sellAtFair } from "../support/fair-stock"

let story: Awaited<ReturnType<typeof liveFairWithStock>>

beforeAll(async () => {
  // 5 on the centre's shelf, 3 of them moved to the fair ground.
  story = await liveFairWithStock("đếm hội chợ", 5, 3)
})

describe("the public fair answer during the fair", () => {
  it("counts the fair ground's units only, one less after a counter sale, more after a receipt", async () => {
    const { fair, goods, organizer, booth } = story
    const left = async () => (await publicFair(fair.slug)).stock_left?.[goods.product.id]
    // The centre still holds 2: they are not the fair's.
    expect(await left()).toBe(3)
    await sellAtFair(organizer, fair, goods.variantId)
    expect(await left()).toBe(2)
    await expectJson(await receiveAtFair(organizer, fair, booth, goods, 4), 201)
    expect(await left()).toBe(6)
  })

  it("never shows a product whose certificate was revoked, nor its stock", async () => {
    const { fair, organizer } = story
    const revoked = await createCandidateProduct("Sản phẩm hội chợ sẽ bị thu hồi", {
      manageInventory: true,
    })
    const cert = await recordCertificate(revoked.product.id, { stars: 3, score: 61 })
    const booth = await exhibit(organizer, fair.id, {
      producer_id: revoked.producer.id,
      product_id: revoked.product.id,
      number: "A02",
    })
    await expectJson(await receiveAtFair(organizer, fair, booth, revoked, 2), 201)
    expect((await publicFair(fair.slug)).stock_left?.[revoked.product.id]).toBe(2)
    await revokeCertificate(cert.id)
    const after = await publicFair(fair.slug)
    expect(after.booths.flatMap((b) => b.products.map((p) => p.id))).not.toContain(
      revoked.product.id,
    )
    expect(after.stock_left).not.toHaveProperty(revoked.product.id)
    expect(after.where_to_buy).toBeNull()
  })
})

describe("the public fair answer after the fair", () => {
  it("lists the places holding the product now, and none without it", async () => {
    const { goods, organizer, place } = story
    // A second place had the product and sold its only unit: it holds none now.
    const soldOut = await createPlace("Điểm bán đã bán hết")
    const staff = await staffOf([soldOut.id])
    await receiveGoods(staff, soldOut.id, goods, 1)
    await expectJson(
      await staffFetch(
        staff,
        `/staff/places/${soldOut.id}/counter-sales`,
        post({ payment_method: "cash", items: [{ variant_id: goods.variantId, quantity: 1 }] }),
      ),
      201,
    )
    const ended = await createFair(organizer)
    await exhibit(organizer, ended.id, {
      producer_id: goods.producer.id,
      product_id: goods.product.id,
    })
    await endFairNow(ended)
    const answer = await publicFair(ended.slug)
    expect(answer.stock_left).toBeNull()
    // The live fair's ground holds units too, but a fair ground is not a place to buy after it.
    expect(answer.where_to_buy?.[goods.product.id]).toEqual({
      places: [expect.objectContaining({ id: place.id, name: place.name, province: "Đắk Lắk" })],
      more: 0,
    })
  })
})
