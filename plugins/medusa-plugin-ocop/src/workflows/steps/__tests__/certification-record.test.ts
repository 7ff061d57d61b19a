import { describe, expect, it } from "vitest"
import { certificationRecord } from "../certification-record"

const MONTH_MS = 30.44 * 24 * 3600 * 1000
const result = (overrides: Record<string, unknown> = {}) => ({
  product_id: "prod_1",
  certificate_number: "OCOP-0001",
  decision_number: "1/QĐ-UBND",
  issuing_authority: "UBND tỉnh Đắk Lắk",
  stars: 3,
  score: 60,
  product_group: "food" as const,
  issued_at: new Date(Date.now() - MONTH_MS),
  ...overrides,
})

// The record the single and the batch workflows store is built by this one function.
describe("the record of a council result", () => {
  it("defaults the level from the stars and the expiry to 36 months from issue", () => {
    const record = certificationRecord(result({ stars: 5, score: 92 }))
    expect(record.level).toBe("national")
    const months =
      (record.expires_at.getUTCFullYear() - record.issued_at.getUTCFullYear()) * 12 +
      record.expires_at.getUTCMonth() -
      record.issued_at.getUTCMonth()
    expect(months).toBe(36)
  })

  it("refuses stars outside the score's band, naming the stars earned", () => {
    expect(() => certificationRecord(result({ stars: 4, score: 60 }))).toThrow(/earns 3 stars/)
  })

  it("refuses a level the stars do not allow", () => {
    expect(() => certificationRecord(result({ level: "national" }))).toThrow(/provincial/)
  })

  it("refuses a certificate issued in the future", () => {
    expect(() =>
      certificationRecord(result({ issued_at: new Date(Date.now() + MONTH_MS) })),
    ).toThrow(/future/)
  })
})
