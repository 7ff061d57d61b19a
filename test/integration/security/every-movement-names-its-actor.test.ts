// Every stock movement names who made it — the staff member, the fair organiser, the programme
// officer or the system — and so does every transfer, sent and received. Before this rule a
// fair's stock moved with no actor at all.
import { beforeAll, describe, expect, it } from "vitest"
import { type Goods, listedGoods } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { groundStock, organizer, organizerId, stockedFair } from "../../support/organizer-api"
import {
  at,
  createPlace,
  type Movement,
  movements,
  receiveGoods,
  staffAccount,
  staffFetch,
  staffId,
} from "../../support/staff-api"

let goods: Goods
let x: { id: string }
let y: { id: string }
let staffX: { token: string; email: string; id: string }
let staffY: { token: string; email: string; id: string }

const newest = async (token: string, place: { id: string }, count = 1) =>
  (await movements(token, place.id)).movements.slice(0, count)

async function account(placeIds: string[]) {
  const { token, email } = await staffAccount(placeIds)
  return { token, email, id: await staffId(token) }
}

beforeAll(async () => {
  ;[x, y] = [await createPlace("Trung tâm ghi người"), await createPlace("Điểm bán ghi người")]
  ;[staffX, staffY] = [await account([x.id]), await account([y.id])]
  goods = await listedGoods("Hàng có dấu vết")
})

const byStaff = (member: { id: string; email: string }) => ({
  actor_type: "staff",
  actor_id: member.id,
  actor: { type: "staff", id: member.id, name: member.email },
})

describe("every movement names its actor", () => {
  it("a staff receipt, stocktake and counter sale each name the staff member", async () => {
    await receiveGoods(staffX.token, x.id, goods, 12)
    await expectJson(
      await staffFetch(
        staffX.token,
        at(x, "/stocktakes"),
        post({ items: [{ variant_id: goods.variantId, counted: 11, reason: "Vỡ 1 hũ" }] }),
      ),
      201,
    )
    await expectJson(
      await staffFetch(
        staffX.token,
        at(x, "/counter-sales"),
        post({ payment_method: "cash", items: [{ variant_id: goods.variantId, quantity: 1 }] }),
      ),
      201,
    )
    const written = await newest(staffX.token, x, 3)
    expect(written.map((movement) => movement.kind)).toEqual([
      "counter_sale",
      "stocktake",
      "receipt",
    ])
    for (const movement of written) expect(movement).toMatchObject(byStaff(staffX))
  })

  it("a transfer names its sender and its receiver, and so do both movements", async () => {
    const { transfer } = await expectJson(
      await staffFetch(
        staffX.token,
        at(x, "/transfers"),
        post({ to_place_id: y.id, items: [{ variant_id: goods.variantId, quantity: 2 }] }),
      ),
      201,
    )
    expect(transfer).toMatchObject({ sent_by_type: "staff", sent_by: staffX.id })
    await expectJson(
      await staffFetch(staffY.token, at(y, `/transfers/${transfer.id}/receive`), post({})),
      200,
    )
    const { transfers } = await expectJson(await staffFetch(staffY.token, at(y, "/transfers")), 200)
    expect(transfers.find((row: { id: string }) => row.id === transfer.id)).toMatchObject({
      sent_by_type: "staff",
      sent_by: staffX.id,
      received_by_type: "staff",
      received_by: staffY.id,
    })
    const [out] = await newest(staffX.token, x)
    const [arrival] = await newest(staffY.token, y)
    expect(out).toMatchObject({
      kind: "transfer_out",
      transfer_id: transfer.id,
      ...byStaff(staffX),
    })
    expect(arrival).toMatchObject({
      kind: "transfer_in",
      transfer_id: transfer.id,
      ...byStaff(staffY),
    })
  })

  it("a fair's stock moves in the organiser's name on both shelves", async () => {
    const token = await organizer()
    const id = await organizerId(token)
    const { fair, transfer } = await stockedFair(token, x, goods, 3, [-1, 3])
    expect(transfer).toMatchObject({ sent_by_type: "organizer", sent_by: id })
    expect(await groundStock(token, fair.id, goods.variantId)).toBe(3)
    const [out] = await newest(staffX.token, x)
    expect(out).toMatchObject({
      kind: "transfer_out",
      transfer_id: transfer.id,
      actor_type: "organizer",
      actor_id: id,
      actor: { type: "organizer", id },
    })
    expect(out.actor.name).toBeTruthy()
    const ground = await staffAccount([fair.place_id])
    const [arrival] = (await movements(ground.token, fair.place_id)).movements
    expect(arrival).toMatchObject({ kind: "transfer_in", actor_type: "organizer", actor_id: id })
  })

  it("no movement anywhere in the history is left without an actor type", async () => {
    const all: Movement[] = [
      ...(await movements(staffX.token, x.id)).movements,
      ...(await movements(staffY.token, y.id)).movements,
    ]
    expect(all.length).toBeGreaterThan(5)
    for (const movement of all) {
      expect(["staff", "organizer", "user", "system"]).toContain(movement.actor_type)
      if (movement.actor_type !== "system") expect(movement.actor_id).toBeTruthy()
    }
  })
})
