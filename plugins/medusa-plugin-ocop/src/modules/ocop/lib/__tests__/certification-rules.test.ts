import { describe, expect, it } from "vitest"
import {
  certificationState,
  checkValidity,
  currentCertification,
  defaultExpiry,
  isListable,
  levelsForStars,
  productGroupFor,
  starsForScore,
  type CertificationFacts,
} from "../certification-rules"

const NOW = new Date("2026-11-23T12:00:00Z")
const cert = (overrides: Partial<CertificationFacts> = {}): CertificationFacts => ({
  stars: 4,
  status: "active",
  issued_at: "2025-01-10T00:00:00Z",
  expires_at: "2028-01-10T00:00:00Z",
  ...overrides,
})

describe("the star bands of Decision 148", () => {
  it.each([
    [0, 1],
    [29, 1],
    [30, 2],
    [49, 2],
    [50, 3],
    [69, 3],
    [70, 4],
    [89, 4],
    [90, 5],
    [100, 5],
  ])("a score of %i earns %i stars", (score, stars) => {
    expect(starsForScore(score)).toBe(stars)
  })

  it("certifies 5★ nationally, 3–4★ provincially and 1–2★ only as local results", () => {
    expect(levelsForStars(5)).toEqual(["national"])
    expect(levelsForStars(4)).toEqual(["provincial"])
    expect(levelsForStars(3)).toEqual(["provincial"])
    expect(levelsForStars(2)).toEqual(["local"])
  })
})

describe("validity", () => {
  it("runs 36 months from the day of issue", () => {
    expect(defaultExpiry(new Date("2025-03-15T00:00:00Z")).toISOString()).toBe(
      "2028-03-15T00:00:00.000Z",
    )
  })

  it("derives expired from the dates and keeps revoked above all", () => {
    expect(certificationState(cert(), NOW)).toBe("active")
    expect(certificationState(cert({ expires_at: "2026-11-23T11:59:59Z" }), NOW)).toBe("expired")
    expect(certificationState(cert({ status: "revoked" }), NOW)).toBe("revoked")
  })
})

describe("a certificate's validity (36 months from issue, never longer)", () => {
  const issued = new Date("2020-01-01T00:00:00Z")
  const problem = (input: Parameters<typeof checkValidity>[0]) => {
    const verdict = checkValidity(input, NOW)
    return "problem" in verdict ? verdict.problem : null
  }

  it("defaults the expiry to 36 months after issue", () => {
    expect(checkValidity({ issued_at: issued }, NOW)).toEqual({
      expires_at: new Date("2023-01-01T00:00:00Z"),
    })
  })

  it("refuses a validity longer than 36 months, naming the latest expiry", () => {
    const verdict = checkValidity(
      { issued_at: issued, expires_at: new Date("2099-01-01T00:00:00Z") },
      NOW,
    )
    expect(verdict).toMatchObject({ problem: "validity_over_36_months" })
    expect("message" in verdict && verdict.message).toMatch(/36 months.*2023-01-01/)
    expect(problem({ issued_at: issued, expires_at: new Date("2023-01-01T00:00:01Z") })).toBe(
      "validity_over_36_months",
    )
  })

  it("accepts an earlier expiry only with a reason", () => {
    const early = new Date("2022-06-30T00:00:00Z")
    expect(problem({ issued_at: issued, expires_at: early })).toBe("early_expiry_needs_reason")
    expect(problem({ issued_at: issued, expires_at: early, expiry_reason: "  " })).toBe(
      "early_expiry_needs_reason",
    )
    expect(
      checkValidity({ issued_at: issued, expires_at: early, expiry_reason: "Quyết định 12" }, NOW),
    ).toEqual({ expires_at: early })
    expect(problem({ issued_at: issued, expires_at: new Date("2023-01-01T00:00:00Z") })).toBeNull()
  })

  it("refuses an issue date in the future and an expiry before issue", () => {
    expect(problem({ issued_at: new Date("2026-11-24T00:00:00Z") })).toBe("issued_in_future")
    expect(problem({ issued_at: issued, expires_at: issued, expiry_reason: "x" })).toBe(
      "expires_before_issue",
    )
  })
})

describe("the gate", () => {
  it("lists an active 3–5★ certificate within its dates", () => {
    expect(isListable(cert({ stars: 3 }), NOW)).toBe(true)
    expect(isListable(cert({ stars: 5 }), NOW)).toBe(true)
  })

  it("never lists 1–2★, revoked, expired or not-yet-issued certificates, nor none", () => {
    expect(isListable(cert({ stars: 2 }), NOW)).toBe(false)
    expect(isListable(cert({ status: "revoked" }), NOW)).toBe(false)
    expect(isListable(cert({ expires_at: NOW.toISOString() }), NOW)).toBe(false)
    expect(isListable(cert({ issued_at: "2026-12-01T00:00:00Z" }), NOW)).toBe(false)
    expect(isListable(undefined, NOW)).toBe(false)
  })

  it("takes the newest certificate that was not revoked as the current one", () => {
    const older = cert({ stars: 3, issued_at: "2024-01-01T00:00:00Z" })
    const newer = cert({ stars: 4, issued_at: "2025-06-01T00:00:00Z" })
    const revoked = cert({ stars: 5, issued_at: "2026-01-01T00:00:00Z", status: "revoked" })
    expect(currentCertification([older, revoked, newer])).toBe(newer)
    expect(currentCertification([revoked])).toBeUndefined()
  })
})

describe("product groups", () => {
  it("maps the Decision 1048 groups onto the six current groups", () => {
    expect(productGroupFor("drinks")).toBe("drink")
    expect(productGroupFor("textiles_garments")).toBe("handicraft")
    expect(productGroupFor("souvenirs_furniture_decoration")).toBe("handicraft")
    expect(productGroupFor("rural_tourism")).toBe("tourism")
    expect(productGroupFor("ornamental")).toBe("ornamental")
  })
})
