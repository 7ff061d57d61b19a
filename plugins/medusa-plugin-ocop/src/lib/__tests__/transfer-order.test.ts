import { describe, expect, test } from "vitest"
import { toPaymentFacts } from "../bank-transfer/transfer-order"

const order = (more: Record<string, unknown> = {}) => ({
  id: "order_1",
  display_id: 42,
  status: "pending",
  created_at: "2026-12-01T00:00:00Z",
  total: 190000,
  metadata: { payment_method: "bank_transfer" },
  payment_collections: [{ payments: [{ id: "pay_1", captured_at: null, canceled_at: null }] }],
  ...more,
})

describe("an order's payment facts", () => {
  test("an authorized payment is open: the order is unpaid and that payment is the one to capture", () => {
    expect(toPaymentFacts(order())).toMatchObject({
      payment_method: "bank_transfer",
      paid: false,
      open_payment_id: "pay_1",
      counter: false,
      locale: "vi",
      total: 190000,
    })
  })

  test("paid once a payment is captured, fully (captured_at) or by a capture row", () => {
    const full = order({
      payment_collections: [{ payments: [{ id: "pay_1", captured_at: "2026-12-02T00:00:00Z" }] }],
    })
    expect(toPaymentFacts(full)).toMatchObject({ paid: true, open_payment_id: null })
    const partial = order({
      payment_collections: [{ payments: [{ id: "pay_1", captures: [{ id: "capt_1" }] }] }],
    })
    expect(toPaymentFacts(partial)).toMatchObject({ paid: true, open_payment_id: null })
  })

  test("a cancelled payment is neither paid nor open", () => {
    const canceled = order({
      payment_collections: [{ payments: [{ id: "pay_1", canceled_at: "2026-12-02T00:00:00Z" }] }],
    })
    expect(toPaymentFacts(canceled)).toMatchObject({ paid: false, open_payment_id: null })
  })

  test("a counter sale, an English order and live fulfillments are told apart", () => {
    const facts = toPaymentFacts(
      order({
        locale: "en-GB",
        metadata: { payment_method: "bank_transfer", channel: "counter" },
        fulfillments: [{ canceled_at: "2026-12-02T00:00:00Z" }, { canceled_at: null }],
      }),
    )
    expect(facts).toMatchObject({ counter: true, locale: "en", fulfilled: true })
  })
})
