// Fair organisers run their own fairs' catalogs: certified products only, stock in and out.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct, recordCertificate } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import {
  createFair,
  endFairNow,
  exhibit,
  linkPlace,
  moveFairStock,
  organizer,
  organizerFetch,
} from "../support/organizer-api"
import { createPlace, receiveGoods, shelf, staffOf } from "../support/staff-api"
import { storeFetch } from "../support/store-api"

let a: string
let b: string
let fair: Awaited<ReturnType<typeof createFair>>
let goods: Awaited<ReturnType<typeof createCandidateProduct>>
let booth: { id: string }

const publicCatalog = async (slug: string) => {
  const { fair } = await expectJson(await storeFetch(`/store/ocop/fairs/${slug}`), 200)
  return fair.booths.flatMap((row: { products: { id: string }[] }) => row.products.map((p) => p.id))
}

beforeAll(async () => {
  ;[a, b] = [await organizer(), await organizer()]
  fair = await createFair(a)
  goods = await createCandidateProduct("Hàng hội chợ", { manageInventory: true })
  await recordCertificate(goods.product.id, { stars: 4, score: 82 })
  ;({ booth } = await expectJson(
    await organizerFetch(
      a,
      `/organizer/fairs/${fair.id}/booths`,
      post({ number: "A01", producer_id: goods.producer.id }),
    ),
    201,
  ))
})

describe("a fair organiser", () => {
  it("cannot see or change another organiser's fair", async () => {
    expect((await organizerFetch(b, `/organizer/fairs/${fair.id}`)).status).toBe(404)
    expect(
      (await organizerFetch(b, `/organizer/fairs/${fair.id}`, post({ name: "Của tôi" }))).status,
    ).toBe(404)
    const booth = await organizerFetch(
      b,
      `/organizer/fairs/${fair.id}/booths`,
      post({ number: "B9", producer_id: goods.producer.id }),
    )
    expect(booth.status).toBe(404)
    const { fairs } = await expectJson(await organizerFetch(b, "/organizer/fairs"), 200)
    expect(fairs.map((f: { id: string }) => f.id)).not.toContain(fair.id)
  })

  it("can only put certified products into the catalog", async () => {
    const uncertified = await createCandidateProduct("Chưa chứng nhận")
    const refused = await organizerFetch(
      a,
      `/organizer/fairs/${fair.id}/entries`,
      post({ entries: [{ product_id: uncertified.product.id, booth_id: booth.id }] }),
    )
    expect(refused.status).toBe(400)
    expect((await refused.json()).message).toMatch(/active 3–5 star OCOP certificate/)
    await expectJson(
      await organizerFetch(
        a,
        `/organizer/fairs/${fair.id}/entries`,
        post({ entries: [{ product_id: goods.product.id, booth_id: booth.id }] }),
      ),
      201,
    )
    expect(await publicCatalog(fair.slug)).toEqual([goods.product.id])
  })

  it("loses a product from the live catalog when its certificate is revoked", async () => {
    const other = await createCandidateProduct("Sẽ bị thu hồi")
    const cert = await recordCertificate(other.product.id, { stars: 3, score: 60 })
    await exhibit(a, fair.id, {
      producer_id: other.producer.id,
      product_id: other.product.id,
      number: "A02",
    })
    expect(await publicCatalog(fair.slug)).toContain(other.product.id)
    await expectJson(
      await adminFetch(`/admin/ocop/certifications/${cert.id}/revoke`, post({ reason: "Thu hồi" })),
      200,
    )
    expect(await publicCatalog(fair.slug)).not.toContain(other.product.id)
  })

  it("allocates stock to the fair and returns the unsold after it ends, keeping totals", async () => {
    const centre = await createPlace("Trung tâm cấp hàng")
    const staff = await staffOf([centre.id])
    const short = await createFair(a)
    await expectJson(await linkPlace(short.id, centre.id), 201)
    await exhibit(a, short.id, { producer_id: goods.producer.id, product_id: goods.product.id })
    await receiveGoods(staff, centre.id, goods, 10)
    const move = (direction: "to_fair" | "from_fair", quantity: number) =>
      moveFairStock(a, short.id, centre.id, direction, goods.variantId, quantity)
    await expectJson(await move("to_fair", 4), 201)
    const ground = async () =>
      (
        await expectJson(await organizerFetch(a, `/organizer/fairs/${short.id}/stock`), 200)
      ).stock.find((row: { variant_id: string }) => row.variant_id === goods.variantId)?.stocked ??
      0
    expect(await ground()).toBe(4)
    expect((await shelf(staff, centre.id, goods.variantId))?.stocked).toBe(6)
    expect((await move("from_fair", 4)).status).toBe(400)

    await endFairNow(short)
    await expectJson(await move("from_fair", 4), 201)
    expect(await ground()).toBe(0)
    expect((await shelf(staff, centre.id, goods.variantId))?.stocked).toBe(10)
  })
})

describe("the public fair list", () => {
  it("sorts fairs into live, upcoming and past", async () => {
    const upcoming = await createFair(a, 10, 12)
    const ended = await createFair(a, -3, -1)
    const {
      live,
      upcoming: soon,
      past,
    } = await expectJson(await storeFetch("/store/ocop/fairs"), 200)
    const slugs = (list: { slug: string }[]) => list.map((f) => f.slug)
    expect(slugs(soon)).toContain(upcoming.slug)
    expect(slugs(past)).toContain(ended.slug)
    expect(slugs(live)).toContain(fair.slug)
    expect(slugs(live)).not.toContain(upcoming.slug)
  })
})
