// Centre and sales-point staff manage the shelf of their own places — and never oversell.
import { beforeAll, describe, expect, it } from "vitest"
import { type Goods, listedGoods } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { at, createPlace, shelf, staffFetch, staffOf } from "../support/staff-api"

let x: Awaited<ReturnType<typeof createPlace>>
let y: Awaited<ReturnType<typeof createPlace>>
let staffX: string
let staffY: string
let goods: Goods

async function movementCount(token: string, place: { id: string }) {
  return (await expectJson(await staffFetch(token, at(place, "/movements")), 200)).count as number
}

beforeAll(async () => {
  ;[x, y] = [await createPlace("Trung tâm X"), await createPlace("Điểm bán Y")]
  ;[staffX, staffY] = [await staffOf([x.id]), await staffOf([y.id])]
  goods = await listedGoods("Hàng ký gửi")
})

describe("shelf stock at a place", () => {
  it("receives consigned goods from their producer, with an audit record", async () => {
    const res = await staffFetch(
      staffX,
      at(x, "/receipts"),
      post({
        producer_id: goods.producer.id,
        delivery_note: "PX-001",
        items: [{ variant_id: goods.variantId, quantity: 20 }],
      }),
    )
    const { movements } = await expectJson(res, 201)
    expect(movements[0]).toMatchObject({ kind: "receipt", quantity_change: 20, quantity_after: 20 })
    expect(await shelf(staffX, x.id, goods.variantId)).toMatchObject({ stocked: 20, available: 20 })
  })

  it("refuses bad input with a 400 or 404 and writes nothing", async () => {
    const before = await movementCount(staffX, x)
    const bad = [
      { producer_id: goods.producer.id, items: [{ variant_id: goods.variantId, quantity: -3 }] },
      { producer_id: goods.producer.id, items: [{ variant_id: goods.variantId, quantity: 1.5 }] },
      { producer_id: goods.producer.id, items: [{ variant_id: goods.variantId, quantity: 1e12 }] },
      { producer_id: goods.producer.id, items: [] },
      { producer_id: "ocpr_unknown", items: [{ variant_id: goods.variantId, quantity: 1 }] },
    ]
    for (const body of bad) {
      expect((await staffFetch(staffX, at(x, "/receipts"), post(body))).status).toBe(400)
    }
    const unknown = await staffFetch(
      staffX,
      at(x, "/receipts"),
      post({
        producer_id: goods.producer.id,
        items: [{ variant_id: "variant_unknown", quantity: 1 }],
      }),
    )
    expect(unknown.status).toBe(404)
    const oversell = await staffFetch(
      staffX,
      at(x, "/counter-sales"),
      post({ payment_method: "cash", items: [{ variant_id: goods.variantId, quantity: 21 }] }),
    )
    expect(oversell.status).toBe(400)
    expect((await oversell.json()).message).toMatch(/Not enough stock/)
    expect(await movementCount(staffX, x)).toBe(before)
    expect(await shelf(staffX, x.id, goods.variantId)).toMatchObject({ stocked: 20 })
  })

  it("records a stocktake's difference with its reason", async () => {
    const res = await staffFetch(
      staffX,
      at(x, "/stocktakes"),
      post({ items: [{ variant_id: goods.variantId, counted: 18, reason: "Vỡ 2 hũ" }] }),
    )
    const { movements } = await expectJson(res, 201)
    expect(movements[0]).toMatchObject({
      kind: "stocktake",
      quantity_change: -2,
      reason: "Vỡ 2 hũ",
    })
  })

  it("moves goods between places: in transit until received, the total kept", async () => {
    const { transfer } = await expectJson(
      await staffFetch(
        staffX,
        at(x, "/transfers"),
        post({
          to_place_id: y.id,
          note: "Bổ sung hàng",
          items: [{ variant_id: goods.variantId, quantity: 5 }],
        }),
      ),
      201,
    )
    expect(transfer.status).toBe("in_transit")
    expect((await shelf(staffX, x.id, goods.variantId))?.stocked).toBe(13)
    const incoming = await expectJson(await staffFetch(staffY, at(y, "/transfers")), 200)
    const listed = incoming.transfers.find((t: { id: string }) => t.id === transfer.id)
    expect(listed).toMatchObject({
      from_place: { id: x.id, name: x.name, province: "Đắk Lắk" },
      to_place: { id: y.id, name: y.name, province: "Đắk Lắk" },
    })

    const receive = at(y, `/transfers/${transfer.id}/receive`)
    await expectJson(await staffFetch(staffY, receive, post({})), 200)
    expect((await shelf(staffY, y.id, goods.variantId))?.stocked).toBe(5)
    expect((await staffFetch(staffY, receive, post({}))).status).toBe(400)
    const total =
      (await shelf(staffX, x.id, goods.variantId))!.stocked +
      (await shelf(staffY, y.id, goods.variantId))!.stocked
    expect(total).toBe(18)
  })

  it("sells at the counter: an order, and the shelf goes down", async () => {
    const res = await staffFetch(
      staffX,
      at(x, "/counter-sales"),
      post({ payment_method: "cash", items: [{ variant_id: goods.variantId, quantity: 3 }] }),
    )
    const { order, movements } = await expectJson(res, 201)
    expect(order.metadata.channel).toBe("counter")
    expect(movements[0]).toMatchObject({
      kind: "counter_sale",
      quantity_change: -3,
      order_id: order.id,
    })
    expect((await shelf(staffX, x.id, goods.variantId))?.stocked).toBe(10)
  })
})

describe("place access", () => {
  it("gives staff of place X a 404 on every route of place Y", async () => {
    const body = {
      producer_id: goods.producer.id,
      items: [{ variant_id: goods.variantId, quantity: 1 }],
    }
    const attempts = [
      staffFetch(staffX, at(y, "/stock")),
      staffFetch(staffX, at(y, "/movements")),
      staffFetch(staffX, at(y, "/transfers")),
      staffFetch(staffX, at(y, "/receipts"), post(body)),
      staffFetch(
        staffX,
        at(y, "/stocktakes"),
        post({ items: [{ variant_id: goods.variantId, counted: 0, reason: "x" }] }),
      ),
      staffFetch(
        staffX,
        at(y, "/counter-sales"),
        post({ payment_method: "cash", items: body.items }),
      ),
      staffFetch(staffX, at(y, "/transfers"), post({ to_place_id: x.id, items: body.items })),
      staffFetch(staffX, at(y, "/transfers/octr_any/receive"), post({})),
    ]
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(404)
    expect((await shelf(staffY, y.id, goods.variantId))?.stocked).toBe(5)
  })
})
