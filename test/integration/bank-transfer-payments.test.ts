// Bank transfers shoppers can pay and the shop can reconcile: a VietQR code for the exact total
// and the order's reference; a transfer recorded as received captures Medusa's payment, once,
// for the total only; an unpaid transfer lapses after its days, its stock back and the shopper
// told — and nothing else is touched.
import { describe, expect, it } from "vitest"
import { adminFetch } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { placeOrder, stockedGoods } from "../support/bank-transfer"
import { mailbox } from "../support/mailbox"
import { orderCall } from "../support/orders"
import { sql } from "../support/db"
import { shelf, staffFetch } from "../support/staff-api"

/** EMVCo TLV fields of a payload. */
function tlv(text: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (let at = 0; at < text.length;) {
    const length = Number(text.slice(at + 2, at + 4))
    fields.set(text.slice(at, at + 2), text.slice(at + 4, at + 4 + length))
    at += 4 + length
  }
  return fields
}

const record = (orderId: string, body: unknown) =>
  adminFetch(`/admin/ocop/orders/${orderId}/transfer-payment`, post(body))

async function auditRows(orderId: string) {
  return sql<{
    amount: string
    recorded_by_type: string
    recorded_by: string
    bank_reference: string
  }>(
    `select amount, recorded_by_type, recorded_by, bank_reference from ocop_transfer_payment where order_id = $1`,
    [orderId],
  )
}

async function capturedPayments(orderId: string) {
  const [row] = await sql<{ count: string }>(
    `select count(*) from payment p
       join order_payment_collection opc on opc.payment_collection_id = p.payment_collection_id
      where opc.order_id = $1 and p.captured_at is not null and p.deleted_at is null`,
    [orderId],
  )
  return Number(row!.count)
}

async function orderStatus(orderId: string) {
  const [row] = await sql<{ status: string }>(`select status from "order" where id = $1`, [orderId])
  return row!.status
}

const backdate = (orderId: string, days: number) =>
  sql(`update "order" set created_at = now() - ($2 || ' days')::interval where id = $1`, [
    orderId,
    String(days),
  ])

describe("paying an order by bank transfer", () => {
  it("shows the shopper a VietQR code for the order's exact total and reference, to them only", async () => {
    const inbox = await mailbox()
    const { variantId } = await stockedGoods()
    const order = await placeOrder(variantId, "bank_transfer")

    const { payment } = await expectJson(
      await orderCall(`/store/orders/${order.id}/bank-transfer`, {
        accessToken: order.accessToken,
      }),
      200,
    )
    expect(payment).toMatchObject({ payment_method: "bank_transfer", paid: false })
    expect(payment.reference).toBe(`OCOP ${order.display_id}`)
    const fields = tlv(payment.bank_transfer.payload)
    expect(fields.get("54")).toBe(String(order.total))
    expect(tlv(fields.get("62")!).get("08")).toBe(`OCOP ${order.display_id}`)
    const beneficiary = tlv(tlv(fields.get("38")!).get("01")!)
    expect(beneficiary.get("00")).toBe(payment.bank_transfer.bank_bin)
    expect(beneficiary.get("01")).toBe(payment.bank_transfer.account_number)
    expect(new Date(payment.due_by).getTime()).toBeGreaterThan(Date.now())

    // Another shopper's proof (or none) reads nothing.
    const other = await placeOrder(variantId, "bank_transfer")
    await expectJson(
      await orderCall(`/store/orders/${order.id}/bank-transfer`, {
        accessToken: other.accessToken,
      }),
      404,
    )
    await expectJson(await orderCall(`/store/orders/${order.id}/bank-transfer`, {}), 404)

    // The order email carries the same: the picture inline (its cid link, which the mail
    // reader resolves to the attached PNG), the account, the amount and the reference.
    const mail = await inbox.nextAbout(order.email, `Đã nhận đơn hàng #${order.display_id}`)
    expect(mail.html).toMatch(/<img src="(cid:vietqr-\d+@ocop|data:image\/png;base64,[^"]+)"/)
    expect(mail.text).toContain(`Số tài khoản: ${payment.bank_transfer.account_number}`)
    expect(mail.text).toMatch(
      new RegExp(`Số tiền: [\\d.]+\\s₫ · Nội dung: OCOP ${order.display_id}`),
    )
  }, 120_000)

  it("an officer records the transfer received: Medusa's payment is captured and audited, once", async () => {
    const { variantId } = await stockedGoods()
    const order = await placeOrder(variantId, "bank_transfer")

    // Not the total: refused, nothing written.
    const short = await expectJson(await record(order.id, { amount: order.total - 1000 }), 400)
    expect(short.message).toMatch(/not the order's total/)
    for (const amount of [order.total + 0.5, "190000", -5]) {
      await expectJson(await record(order.id, { amount }), 400)
    }
    expect(await auditRows(order.id)).toHaveLength(0)
    expect(await capturedPayments(order.id)).toBe(0)

    const { payment } = await expectJson(
      await record(order.id, { amount: order.total, bank_reference: "FT26337123456" }),
      200,
    )
    expect(payment).toMatchObject({ paid: true, due_by: null })
    expect(payment.transfer_payment).toMatchObject({
      amount: order.total,
      bank_reference: "FT26337123456",
      recorded_by_type: "user",
    })
    expect(await capturedPayments(order.id)).toBe(1)
    const [row] = await auditRows(order.id)
    expect(row).toMatchObject({ recorded_by_type: "user", bank_reference: "FT26337123456" })
    expect(Number(row!.amount)).toBe(order.total)
    const { order: medusaOrder } = await expectJson(
      await adminFetch(`/admin/orders/${order.id}?fields=payment_status`),
      200,
    )
    expect(medusaOrder.payment_status).toBe("captured")

    // A second recording is a conflict and writes nothing.
    await expectJson(await record(order.id, { amount: order.total }), 409)
    expect(await auditRows(order.id)).toHaveLength(1)
    expect(await capturedPayments(order.id)).toBe(1)

    // The shopper's page no longer asks for the money.
    const after = await expectJson(
      await orderCall(`/store/orders/${order.id}/bank-transfer`, {
        accessToken: order.accessToken,
      }),
      200,
    )
    expect(after.payment).toMatchObject({ paid: true, bank_transfer: null })
  }, 120_000)

  it("refuses a cash-on-delivery order, an unknown order and anyone but an officer", async () => {
    const { variantId, staff } = await stockedGoods()
    const cod = await placeOrder(variantId, "cod")
    const refused = await expectJson(await record(cod.id, { amount: cod.total }), 400)
    expect(refused.message).toMatch(/not paid by bank transfer/)
    await expectJson(await record("order_01NOTANORDER0000000000000", { amount: 1000 }), 404)
    expect(await auditRows(cod.id)).toHaveLength(0)

    const transfer = await placeOrder(variantId, "bank_transfer")
    const asStaff = await staffFetch(
      staff,
      `/admin/ocop/orders/${transfer.id}/transfer-payment`,
      post({ amount: transfer.total }),
    )
    expect(asStaff.status).toBe(401)
    const asShopper = await orderCall(
      `/admin/ocop/orders/${transfer.id}/transfer-payment`,
      { accessToken: transfer.accessToken },
      post({ amount: transfer.total }),
    )
    expect(asShopper.status).toBe(401)
    expect(await auditRows(transfer.id)).toHaveLength(0)
    expect(await capturedPayments(transfer.id)).toBe(0)
  }, 120_000)
})

describe("staff of the place serving the order", () => {
  it("record its transfer received; another place's staff get a 404 and nothing is written", async () => {
    const { variantId, staff, place } = await stockedGoods()
    const other = await stockedGoods()
    const order = await placeOrder(variantId, "bank_transfer")
    const [assignment] = await sql<{ id: string; place_id: string }>(
      `select id, place_id from ocop_order_assignment where order_id = $1 and deleted_at is null`,
      [order.id],
    )
    expect(assignment?.place_id, "the order is served by the place holding its goods").toBe(
      place.id,
    )
    const staffRecord = (token: string, placeId: string, body: unknown) =>
      staffFetch(
        token,
        `/staff/places/${placeId}/orders/${assignment!.id}/transfer-payment`,
        post(body),
      )

    // Another place's staff, at their own place or at this one: not found, nothing written.
    await expectJson(await staffRecord(other.staff, other.place.id, { amount: order.total }), 404)
    await expectJson(await staffRecord(other.staff, place.id, { amount: order.total }), 404)
    // Bad input: 400 with the field named, nothing written.
    const bad = await expectJson(await staffRecord(staff, place.id, { amount: 12.5 }), 400)
    expect(bad.message).toMatch(/amount/)
    expect(await auditRows(order.id)).toHaveLength(0)
    expect(await capturedPayments(order.id)).toBe(0)

    await expectJson(
      await staffRecord(staff, place.id, { amount: order.total, bank_reference: "FT26337999" }),
      200,
    )
    const [row] = await auditRows(order.id)
    expect(row).toMatchObject({ recorded_by_type: "staff", bank_reference: "FT26337999" })
    expect(await capturedPayments(order.id)).toBe(1)
    await expectJson(await staffRecord(staff, place.id, { amount: order.total }), 409)
  }, 180_000)
})

describe("paying at the counter by transfer", () => {
  it("the receipt carries the VietQR code for that sale's amount; cash receipts none", async () => {
    const { place, staff, variantId } = await stockedGoods()
    const sell = async (payment_method: string) =>
      (
        await expectJson(
          await staffFetch(
            staff,
            `/staff/places/${place.id}/counter-sales`,
            post({ payment_method, items: [{ variant_id: variantId, quantity: 2 }] }),
          ),
          201,
        )
      ).order.id as string
    const read = async (id: string) =>
      (
        await expectJson(
          await staffFetch(staff, `/staff/places/${place.id}/counter-sales/${id}`),
          200,
        )
      ).counter_sale
    const receipt = await read(await sell("bank_transfer"))
    expect(receipt.transfer).toMatchObject({
      amount: receipt.total,
      reference: `OCOP ${receipt.display_id}`,
    })
    const fields = tlv(receipt.transfer.payload)
    expect(fields.get("54")).toBe(String(receipt.total))
    expect(tlv(fields.get("62")!).get("08")).toBe(`OCOP ${receipt.display_id}`)
    expect((await read(await sell("cash"))).transfer).toBeNull()
  }, 120_000)
})

describe("an unpaid bank transfer lapses", () => {
  it("after OCOP_TRANSFER_PAYMENT_DAYS: cancelled, stock back, shopper emailed; paid and cod orders untouched", async () => {
    const inbox = await mailbox()
    const { variantId, staff, place } = await stockedGoods()
    // Four orders of one unit each, placed at once (distinct guests): the set-up, not the rule.
    const [unpaid, paid, cod, recent] = await Promise.all(
      (["bank_transfer", "bank_transfer", "cod", "bank_transfer"] as const).map((method) =>
        placeOrder(variantId, method),
      ),
    )
    await expectJson(await record(paid.id, { amount: paid.total }), 200)
    expect(await shelf(staff, place.id, variantId)).toMatchObject({ stocked: 10, reserved: 4 })
    for (const order of [unpaid, paid, cod]) await backdate(order.id, 4)

    const run = await expectJson(await adminFetch("/admin/ocop/transfer-lapses", post({})), 200)
    expect(run.days).toBe(3)
    expect(run.canceled_order_ids).toContain(unpaid.id)
    for (const order of [paid, cod, recent]) expect(run.canceled_order_ids).not.toContain(order.id)

    expect(await orderStatus(unpaid.id)).toBe("canceled")
    for (const order of [paid, cod, recent])
      expect(await orderStatus(order.id)).not.toBe("canceled")
    // The lapsed order's unit is free again; the three others stay reserved.
    expect(await shelf(staff, place.id, variantId)).toMatchObject({
      stocked: 10,
      reserved: 3,
      available: 7,
    })

    // The place's queue knows why; the shopper is told once, by the lapse email (not also by
    // the queue's generic "cancelled" one).
    expect(
      await sql(`select status, cancel_reason from ocop_order_assignment where order_id = $1`, [
        unpaid.id,
      ]),
    ).toEqual([{ status: "cancelled", cancel_reason: "transfer_lapsed" }])
    const lapsedSubject = `Đơn hàng #${unpaid.display_id} đã bị huỷ vì chưa nhận được chuyển khoản`
    const mail = await inbox.nextAbout(unpaid.email, lapsedSubject)
    expect(mail.text).toContain("Sau 3 ngày")
    expect(mail.html).toContain("<p>")
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    expect(
      await sql(
        `select 1 from notification where "to" = $1 and template = 'ocop-order-cancelled'`,
        [unpaid.email],
      ),
    ).toEqual([])

    // Running again cancels nothing more of these.
    const again = await expectJson(await adminFetch("/admin/ocop/transfer-lapses", post({})), 200)
    for (const order of [unpaid, paid, cod, recent]) {
      expect(again.canceled_order_ids).not.toContain(order.id)
    }
  }, 180_000)
})
