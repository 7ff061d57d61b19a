import { describe, expect, it } from "vitest"
import {
  AssignmentRuleError,
  assertMove,
  needsPaymentFirst,
  newPickupCode,
  nextStatuses,
  PICKUP_CODE_ALPHABET,
  pickupCodeMatches,
  takesCashPayment,
} from "../order-assignment-rules"

describe("a place's order queue", () => {
  it("moves a pickup new → preparing → ready → handed over, cancellable until then", () => {
    expect(nextStatuses("pickup", "new")).toEqual(["preparing", "cancelled"])
    expect(nextStatuses("pickup", "preparing")).toEqual(["ready_for_pickup", "cancelled"])
    expect(nextStatuses("pickup", "ready_for_pickup")).toEqual(["handed_over", "cancelled"])
    expect(nextStatuses("pickup", "handed_over")).toEqual([])
  })

  it("moves a delivery new → preparing → shipped → delivered; shipped goods are not cancelled", () => {
    expect(nextStatuses("delivery", "preparing")).toEqual(["shipped", "cancelled"])
    expect(nextStatuses("delivery", "shipped")).toEqual(["delivered"])
    expect(() => assertMove("delivery", "shipped", "cancelled")).toThrow(AssignmentRuleError)
  })

  it("refuses skipped steps and the other kind's steps", () => {
    expect(() => assertMove("pickup", "new", "handed_over")).toThrow(/cannot become handed_over/)
    expect(() => assertMove("delivery", "preparing", "ready_for_pickup")).toThrow(
      AssignmentRuleError,
    )
    expect(() => assertMove("pickup", "preparing", "shipped")).toThrow(AssignmentRuleError)
    expect(() => assertMove("pickup", "cancelled", "preparing")).toThrow(/finished/)
    expect(() => assertMove("pickup", "new", "preparing")).not.toThrow()
  })

  it("wants a transfer received before the goods are put out, and cash when they are handed", () => {
    expect(needsPaymentFirst("ready_for_pickup")).toBe(true)
    expect(needsPaymentFirst("shipped")).toBe(true)
    expect(needsPaymentFirst("preparing")).toBe(false)
    expect(takesCashPayment("handed_over")).toBe(true)
    expect(takesCashPayment("delivered")).toBe(true)
    expect(takesCashPayment("shipped")).toBe(false)
  })
})

describe("the pickup code", () => {
  it("is 8 characters of an alphabet without look-alikes (0/O, 1/I/L)", () => {
    expect(PICKUP_CODE_ALPHABET).not.toMatch(/[01IOL]/)
    const codes = new Set(Array.from({ length: 200 }, () => newPickupCode()))
    expect(codes.size).toBe(200)
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/)
  })

  it("matches as typed at a counter (case, spaces, dashes), and nothing else", () => {
    expect(pickupCodeMatches("ABCD2345", "abcd-2345")).toBe(true)
    expect(pickupCodeMatches("ABCD2345", " ABCD 2345 ")).toBe(true)
    expect(pickupCodeMatches("ABCD2345", "ABCD2346")).toBe(false)
    expect(pickupCodeMatches("ABCD2345", "ABCD234")).toBe(false)
    expect(pickupCodeMatches(null, "")).toBe(false)
    expect(pickupCodeMatches("ABCD2345", undefined)).toBe(false)
  })
})
