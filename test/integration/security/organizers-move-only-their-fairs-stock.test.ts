// A fair's stock comes only from the places an officer linked to that fair, or from the
// producers who took a booth there; only for products entered in the fair; and unsold stock goes
// back only to a place it came from. Before this rule a brand-new organiser pulled units out of
// the Đắk Lắk centre and, after back-dating the fair's end, sent them to an unrelated showroom.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch, type Goods, listedGoods } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import {
  createFair,
  endFairNow,
  exhibit,
  groundStock,
  linkPlace,
  moveFairStock,
  organizer,
  organizerFetch,
  type TestFair,
} from "../../support/organizer-api"
import {
  createPlace,
  movements,
  receiveGoods,
  shelf,
  staffAccount,
  staffFetch,
  staffOf,
} from "../../support/staff-api"

const DAK_LAK_CENTRE = "Trung tâm OCOP tỉnh Đắk Lắk"

type Place = { id: string; name: string }

let a: string
let b: string
let fair: TestFair
let goods: Goods
let stranger: Goods
let booth: { id: string }
let centre: Place
let showroom: Place
let dakLak: Place
let staffCentre: string
let staffDakLak: string
let dakLakVariant: string

const moveStock = (token: string, fairId: string, body: Record<string, unknown>) =>
  organizerFetch(token, `/organizer/fairs/${fairId}/stock`, post(body))

const stocked = async (token: string, place: Place, variantId: string) =>
  (await shelf(token, place.id, variantId))?.stocked ?? 0

const boothWithEntry = (token: string, fairId: string, item: Goods, number: string) =>
  exhibit(token, fairId, { producer_id: item.producer.id, product_id: item.product.id, number })

beforeAll(async () => {
  ;[a, b] = [await organizer(), await organizer()]
  goods = await listedGoods("Hàng hội chợ", { stars: 4, score: 82 })
  stranger = await listedGoods("Hàng không dự hội chợ")
  centre = await createPlace("Trung tâm cấp hàng hội chợ")
  showroom = await createPlace("Showroom không liên quan")
  staffCentre = await staffOf([centre.id, showroom.id])
  await receiveGoods(staffCentre, centre.id, goods, 10)
  await receiveGoods(staffCentre, centre.id, stranger, 10)

  const { places } = await expectJson(await adminFetch("/admin/ocop/places"), 200)
  dakLak = places.find((place: Place) => place.name === DAK_LAK_CENTRE)
  staffDakLak = await staffOf([dakLak.id])
  const { stock } = await expectJson(
    await staffFetch(staffDakLak, `/staff/places/${dakLak.id}/stock`),
    200,
  )
  dakLakVariant = stock.find(
    (row: { variant_id: string | null; available: number }) => row.variant_id && row.available > 2,
  ).variant_id

  fair = await createFair(a, -1, 3)
  booth = await boothWithEntry(a, fair.id, goods, "A01")
}, 180_000)

describe("organisers move only their fair's stock", () => {
  it("a brand-new organiser cannot pull stock out of a place nobody linked to the fair", async () => {
    const before = {
      dakLak: await stocked(staffDakLak, dakLak, dakLakVariant),
      centre: await stocked(staffCentre, centre, goods.variantId),
      dakLakMovements: (await movements(staffDakLak, dakLak.id)).count,
    }
    const fromDakLak = await moveFairStock(a, fair.id, dakLak.id, "to_fair", dakLakVariant, 2)
    expect(fromDakLak.status).toBe(404)
    expect((await fromDakLak.json()).message).toMatch(/was not found/)
    const fromCentre = await moveFairStock(a, fair.id, centre.id, "to_fair", goods.variantId, 2)
    expect(fromCentre.status).toBe(404)

    expect(await stocked(staffDakLak, dakLak, dakLakVariant)).toBe(before.dakLak)
    expect(await stocked(staffCentre, centre, goods.variantId)).toBe(before.centre)
    expect((await movements(staffDakLak, dakLak.id)).count).toBe(before.dakLakMovements)
    expect(await groundStock(a, fair.id, dakLakVariant)).toBe(0)
    expect(await groundStock(a, fair.id, goods.variantId)).toBe(0)
  })

  it("takes stock from a place the officer linked, only for products entered in the fair", async () => {
    await expectJson(await linkPlace(fair.id, centre.id), 201)
    const { fair: view } = await expectJson(
      await organizerFetch(a, `/organizer/fairs/${fair.id}`),
      200,
    )
    expect(view.linked_places.map((place: Place) => place.id)).toEqual([centre.id])

    const notEntered = await moveStock(a, fair.id, {
      place_id: centre.id,
      direction: "to_fair",
      items: [
        { variant_id: goods.variantId, quantity: 1 },
        { variant_id: stranger.variantId, quantity: 1 },
      ],
    })
    expect(notEntered.status).toBe(400)
    expect((await notEntered.json()).message).toMatch(/not in this fair's catalog/)
    expect(await stocked(staffCentre, centre, goods.variantId)).toBe(10)
    expect(await stocked(staffCentre, centre, stranger.variantId)).toBe(10)

    await expectJson(await moveFairStock(a, fair.id, centre.id, "to_fair", goods.variantId, 4), 201)
    expect(await groundStock(a, fair.id, goods.variantId)).toBe(4)
    expect(await stocked(staffCentre, centre, goods.variantId)).toBe(6)
  })

  it("another organiser cannot use a place linked to someone else's fair", async () => {
    const theirs = await createFair(b, -1, 3)
    await boothWithEntry(b, theirs.id, goods, "B01")
    const res = await moveFairStock(b, theirs.id, centre.id, "to_fair", goods.variantId, 1)
    expect(res.status).toBe(404)
    const onTheirFair = await moveFairStock(b, fair.id, centre.id, "to_fair", goods.variantId, 1)
    expect(onTheirFair.status).toBe(404)
    expect(await stocked(staffCentre, centre, goods.variantId)).toBe(6)
    expect(await groundStock(b, theirs.id, goods.variantId)).toBe(0)
  })

  it("receives from a booth's producer into the fair ground, that producer's goods only", async () => {
    const res = await organizerFetch(
      a,
      `/organizer/fairs/${fair.id}/receipts`,
      post({
        booth_id: booth.id,
        delivery_note: "PX-HC-01",
        items: [{ variant_id: goods.variantId, quantity: 3 }],
      }),
    )
    const { movements: written } = await expectJson(res, 201)
    expect(written).toMatchObject([{ kind: "receipt", quantity_change: 3, quantity_after: 7 }])
    expect(await groundStock(a, fair.id, goods.variantId)).toBe(7)

    const foreign = await organizerFetch(
      a,
      `/organizer/fairs/${fair.id}/receipts`,
      post({ booth_id: booth.id, items: [{ variant_id: stranger.variantId, quantity: 3 }] }),
    )
    expect(foreign.status).toBe(400)
    const theirs = await createFair(b, -1, 3)
    const theirBooth = await boothWithEntry(b, theirs.id, stranger, "B02")
    const otherBooth = await organizerFetch(
      a,
      `/organizer/fairs/${fair.id}/receipts`,
      post({ booth_id: theirBooth.id, items: [{ variant_id: stranger.variantId, quantity: 3 }] }),
    )
    expect(otherBooth.status).toBe(404)
    expect(await groundStock(a, fair.id, stranger.variantId)).toBe(0)
    expect(await groundStock(a, fair.id, goods.variantId)).toBe(7)
  })

  it("refuses bad input with a 400 and writes nothing", async () => {
    const before = (await movements(staffCentre, centre.id)).count
    const bad = [
      {
        place_id: centre.id,
        direction: "sideways",
        items: [{ variant_id: goods.variantId, quantity: 1 }],
      },
      {
        place_id: centre.id,
        direction: "to_fair",
        items: [{ variant_id: goods.variantId, quantity: 1.5 }],
      },
      { place_id: centre.id, direction: "to_fair", items: [] },
      { direction: "to_fair", items: [{ variant_id: goods.variantId, quantity: 1 }] },
    ]
    for (const body of bad) {
      const res = await moveStock(a, fair.id, body)
      expect(res.status).toBe(400)
      expect((await res.json()).message).toBeTruthy()
    }
    const badReceipt = await organizerFetch(
      a,
      `/organizer/fairs/${fair.id}/receipts`,
      post({ booth_id: booth.id, items: [{ variant_id: goods.variantId, quantity: 0 }] }),
    )
    expect(badReceipt.status).toBe(400)
    expect((await movements(staffCentre, centre.id)).count).toBe(before)
    expect(await stocked(staffCentre, centre, goods.variantId)).toBe(6)
    expect(await groundStock(a, fair.id, goods.variantId)).toBe(7)
  })
})

describe("staff send stock to a fair ground only from a place linked to that fair", () => {
  it("refuses a transfer into a fair ground from a place that is not linked", async () => {
    const before = await stocked(staffCentre, showroom, goods.variantId)
    await receiveGoods(staffCentre, showroom.id, goods, 5)
    const res = await staffFetch(
      staffCentre,
      `/staff/places/${showroom.id}/transfers`,
      post({ to_place_id: fair.place_id, items: [{ variant_id: goods.variantId, quantity: 2 }] }),
    )
    expect(res.status).toBe(404)
    expect(await stocked(staffCentre, showroom, goods.variantId)).toBe(before + 5)

    const linked = await staffFetch(
      staffCentre,
      `/staff/places/${centre.id}/transfers`,
      post({ to_place_id: fair.place_id, items: [{ variant_id: goods.variantId, quantity: 1 }] }),
    )
    const { transfer } = await expectJson(linked, 201)
    const groundStaff = (await staffAccount([fair.place_id])).token
    await expectJson(
      await staffFetch(
        groundStaff,
        `/staff/places/${fair.place_id}/transfers/${transfer.id}/receive`,
        post({}),
      ),
      200,
    )
    expect(await groundStock(a, fair.id, goods.variantId)).toBe(8)
  })
})

describe("unsold stock goes back only to a place it came from", () => {
  it("returns after the fair ends to a linked place, never to an unrelated one", async () => {
    const short = await createFair(a)
    await expectJson(await linkPlace(short.id, centre.id), 201)
    await boothWithEntry(a, short.id, goods, "A01")
    await expectJson(
      await moveFairStock(a, short.id, centre.id, "to_fair", goods.variantId, 2),
      201,
    )
    const atCentre = await stocked(staffCentre, centre, goods.variantId)
    const atShowroom = await stocked(staffCentre, showroom, goods.variantId)
    await endFairNow(short)

    for (const place of [showroom, dakLak]) {
      const res = await moveFairStock(a, short.id, place.id, "from_fair", goods.variantId, 2)
      expect(res.status).toBe(404)
    }
    expect(await stocked(staffCentre, showroom, goods.variantId)).toBe(atShowroom)
    expect(await groundStock(a, short.id, goods.variantId)).toBe(2)

    await expectJson(
      await moveFairStock(a, short.id, centre.id, "from_fair", goods.variantId, 2),
      201,
    )
    expect(await groundStock(a, short.id, goods.variantId)).toBe(0)
    expect(await stocked(staffCentre, centre, goods.variantId)).toBe(atCentre + 2)
  })
})
