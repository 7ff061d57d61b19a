import { describe, expect, test } from "vitest"
import {
  mayHandOver,
  paymentMethodOf,
  transferLapseCutoff,
  transferPaymentDays,
  transferReference,
  transferRefusal,
} from "../payment-rules"

const open = {
  payment_method: "bank_transfer" as const,
  paid: false,
  canceled: false,
  total: 190000,
}

describe("payment rules", () => {
  test("the transfer reference is the shop's order number", () => {
    expect(transferReference(1042)).toBe("OCOP 1042")
  })

  test("the payment method is read from the order's metadata, unknown values are none", () => {
    expect(paymentMethodOf({ payment_method: "bank_transfer" })).toBe("bank_transfer")
    expect(paymentMethodOf({ payment_method: "gold" })).toBeNull()
    expect(paymentMethodOf(null)).toBeNull()
  })

  test("a received transfer is recorded only on an open, unpaid transfer order, for its total", () => {
    expect(transferRefusal(open, 190000)).toBeNull()
    expect(transferRefusal({ ...open, payment_method: "cod" }, 190000)).toBe("not_bank_transfer")
    expect(transferRefusal({ ...open, paid: true }, 190000)).toBe("already_paid")
    expect(transferRefusal({ ...open, canceled: true }, 190000)).toBe("order_canceled")
    expect(transferRefusal(open, 189999)).toBe("amount_mismatch")
    expect(transferRefusal(open, 190001)).toBe("amount_mismatch")
  })

  test("goods leave unpaid only for cash on delivery", () => {
    expect(mayHandOver({ payment_method: "cod", paid: false })).toBe(true)
    expect(mayHandOver({ payment_method: "bank_transfer", paid: false })).toBe(false)
    expect(mayHandOver({ payment_method: "bank_transfer", paid: true })).toBe(true)
    expect(mayHandOver({ payment_method: "card", paid: false })).toBe(false)
  })

  test("transfer orders wait OCOP_TRANSFER_PAYMENT_DAYS (3 by default) before they lapse", () => {
    expect(transferPaymentDays(undefined)).toBe(3)
    expect(transferPaymentDays("5")).toBe(5)
    expect(transferPaymentDays("-1")).toBe(3)
    expect(transferPaymentDays("1.5")).toBe(3)
    const now = new Date("2026-12-10T00:00:00Z")
    expect(transferLapseCutoff(now, 3).toISOString()).toBe("2026-12-07T00:00:00.000Z")
  })
})
