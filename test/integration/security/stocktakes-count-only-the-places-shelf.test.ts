// A stocktake counts only what is on the place's own shelf. Goods arrive by a receipt (from
// their producer, with a delivery note) or a transfer; a "count" of an item the place never held
// would conjure sellable stock of any product in the catalogue out of nothing.
import { beforeAll, describe, expect, it } from "vitest"
import { listedGoods } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import {
  createPlace,
  movements,
  receiveGoods,
  shelf,
  staffFetch,
  staffOf,
} from "../../support/staff-api"

let x: { id: string }
let y: { id: string }
let staffX: string
let staffY: string
let held: Awaited<ReturnType<typeof listedGoods>>
let elsewhere: Awaited<ReturnType<typeof listedGoods>>

const count = (token: string, place: { id: string }, items: unknown[]) =>
  staffFetch(token, `/staff/places/${place.id}/stocktakes`, post({ items }))

beforeAll(async () => {
  ;[x, y] = [await createPlace("Kho kiểm kê X"), await createPlace("Kho kiểm kê Y")]
  ;[staffX, staffY] = [await staffOf([x.id]), await staffOf([y.id])]
  held = await listedGoods("Hàng trên kệ")
  elsewhere = await listedGoods("Hàng kệ khác")
  for (const [token, place, item] of [
    [staffX, x, held],
    [staffY, y, elsewhere],
  ] as const) {
    await receiveGoods(token, place.id, item, 6)
  }
})

describe("a stocktake counts only the place's own shelf", () => {
  it("refuses to count an item the place does not hold, and writes nothing", async () => {
    const before = (await movements(staffX, x.id)).count
    const res = await count(staffX, x, [
      { variant_id: elsewhere.variantId, counted: 50, reason: "Đếm thêm" },
    ])
    expect(res.status).toBe(404)
    expect((await res.json()).message).toMatch(/not on this place's shelf/)
    expect(await shelf(staffX, x.id, elsewhere.variantId)).toBeUndefined()
    expect((await movements(staffX, x.id)).count).toBe(before)
    expect((await shelf(staffY, y.id, elsewhere.variantId))?.stocked).toBe(6)
  })

  it("a mixed count with one foreign item writes none of its lines", async () => {
    const res = await count(staffX, x, [
      { variant_id: held.variantId, counted: 4, reason: "Vỡ 2" },
      { variant_id: elsewhere.variantId, counted: 9, reason: "Đếm thêm" },
    ])
    expect(res.status).toBe(404)
    expect((await shelf(staffX, x.id, held.variantId))?.stocked).toBe(6)
  })

  it("counts an item on the shelf", async () => {
    const { movements: written } = await expectJson(
      await count(staffX, x, [{ variant_id: held.variantId, counted: 5, reason: "Vỡ 1" }]),
      201,
    )
    expect(written).toMatchObject([{ kind: "stocktake", quantity_change: -1, quantity_after: 5 }])
  })

  it("refuses bad input with a 400 and writes nothing", async () => {
    const before = (await movements(staffX, x.id)).count
    for (const items of [
      [{ variant_id: held.variantId, counted: -1, reason: "x" }],
      [{ variant_id: held.variantId, counted: 2.5, reason: "x" }],
      [{ variant_id: held.variantId, counted: 2 }],
      [],
    ]) {
      expect((await count(staffX, x, items)).status).toBe(400)
    }
    expect((await movements(staffX, x.id)).count).toBe(before)
    expect((await shelf(staffX, x.id, held.variantId))?.stocked).toBe(5)
  })
})
