import { describe, expect, it } from "vitest"
import {
  boothForApplicant,
  checkApplication,
  checkPending,
  type ApplicantProduct,
} from "../booth-application-rules"
import { FairRuleError } from "../fair-rules"

const now = new Date("2026-12-03T10:00:00Z")
const fair = { starts_at: "2026-12-05T00:00:00Z", ends_at: "2026-12-08T00:00:00Z" }
const product = (over: Partial<ApplicantProduct> = {}): ApplicantProduct => ({
  product_id: "prod_1",
  producer_id: "pa",
  listed_now: true,
  listed_until: "2027-12-01T00:00:00Z",
  ...over,
})

const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof FairRuleError) return { code: error.code, notFound: error.notFound }
    throw error
  }
  return null
}

describe("a booth application", () => {
  it("is taken for an open fair with the producer's own products certified through it", () => {
    expect(refusal(() => checkApplication(fair, "pa", ["prod_1"], [product()], now))).toBeNull()
  })

  it("is refused once the fair has ended", () => {
    const ended = { starts_at: "2026-11-01T00:00:00Z", ends_at: "2026-12-01T00:00:00Z" }
    expect(refusal(() => checkApplication(ended, "pa", ["prod_1"], [product()], now))).toEqual({
      code: "fair_ended",
      notFound: false,
    })
  })

  it("answers another producer's product as not found", () => {
    expect(refusal(() => checkApplication(fair, "pb", ["prod_1"], [product()], now))).toEqual({
      code: "product_not_found",
      notFound: true,
    })
  })

  it("refuses a product not listed now, and one whose certificate ends before the fair", () => {
    const unlisted = [product({ listed_now: false })]
    expect(refusal(() => checkApplication(fair, "pa", ["prod_1"], unlisted, now))?.code).toBe(
      "product_not_certified",
    )
    const lapsing = [product({ listed_until: "2026-12-07T00:00:00Z" })]
    expect(refusal(() => checkApplication(fair, "pa", ["prod_1"], lapsing, now))?.code).toBe(
      "certificate_ends_before_fair",
    )
  })

  it("is decided only while pending", () => {
    expect(refusal(() => checkPending({ id: "a", status: "pending" }))).toBeNull()
    expect(refusal(() => checkPending({ id: "a", status: "accepted" }))?.code).toBe(
      "application_not_pending",
    )
  })

  it("gets the applicant's own booth by number, a new one, or is refused another's", () => {
    const booths = [{ id: "b1", number: "A1", producer_id: "pa" }]
    expect(boothForApplicant(booths, "A1", "pa")?.id).toBe("b1")
    expect(boothForApplicant(booths, "A2", "pa")).toBeNull()
    expect(refusal(() => boothForApplicant(booths, "A1", "pb"))?.code).toBe("booth_taken")
  })
})
