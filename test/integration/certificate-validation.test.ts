// A certificate is checked against the programme's rules; bad input is a 4xx that writes nothing.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch, certificate, createCandidateProduct } from "../support/admin-api"
import { expectJson, post } from "../support/http"

let productId: string

async function certificateCount() {
  const res = await adminFetch(`/admin/ocop/certifications?product_id=${productId}`)
  return (await expectJson(res, 200)).count as number
}

async function refused(overrides: Record<string, unknown>, status = 400) {
  const res = await adminFetch(
    "/admin/ocop/certifications",
    post(certificate(productId, overrides)),
  )
  const body = await expectJson(res, status)
  expect(typeof body.message).toBe("string")
  expect(body.message.length).toBeGreaterThan(0)
  return body.message as string
}

beforeAll(async () => {
  productId = (await createCandidateProduct()).product.id
})

describe("recording a certificate", () => {
  it("refuses a score outside the star band (60 points is 3★, not 4★)", async () => {
    expect(await refused({ stars: 4, score: 60 })).toMatch(/earns 3 stars/)
  })

  it("refuses stars outside 1–5 and scores outside 0–100", async () => {
    await refused({ stars: 6, score: 95 })
    await refused({ stars: 0, score: 10 })
    await refused({ stars: 5, score: 101 })
    await refused({ stars: 1, score: -1 })
  })

  it("refuses a 5★ certificate that is not national, and a 4★ one that is", async () => {
    expect(await refused({ stars: 5, score: 95, level: "provincial" })).toMatch(/national/)
    await refused({ stars: 4, score: 75, level: "national" })
  })

  it("refuses reversed dates and an issue date in the future", async () => {
    const issued = new Date(Date.now() - 864e5)
    await refused({
      issued_at: issued.toISOString(),
      expires_at: new Date(issued.getTime() - 1).toISOString(),
    })
    await refused({ issued_at: new Date(Date.now() + 7 * 864e5).toISOString() })
    await refused({ issued_at: "not a date" })
  })

  it("refuses oversized text, unknown fields and unknown groups", async () => {
    await refused({ decision_number: "x".repeat(10_000) })
    await refused({ issuing_authority: "y".repeat(10_000) })
    await refused({ stars_override: 5 })
    await refused({ product_group: "weapons" })
  })

  it("answers 404 for an unknown product and 409-like refusal for a duplicate number", async () => {
    const res = await adminFetch("/admin/ocop/certifications", post(certificate("prod_unknown")))
    expect(res.status).toBe(404)
    const body = certificate(productId)
    await expectJson(await adminFetch("/admin/ocop/certifications", post(body)), 201)
    const again = await adminFetch("/admin/ocop/certifications", post(body))
    expect([400, 409, 422]).toContain(again.status)
  })

  it("writes nothing when refused", async () => {
    const before = await certificateCount()
    await refused({ stars: 4, score: 60 })
    await refused({ stars: 6, score: 95 })
    await refused({ decision_number: "x".repeat(10_000) })
    expect(await certificateCount()).toBe(before)
  })

  it("maps a certificate issued under the older Decision 1048 groups onto the current six", async () => {
    const res = await adminFetch(
      "/admin/ocop/certifications",
      post(certificate(productId, { product_group: "souvenirs_furniture_decoration" })),
    )
    const { certification } = await expectJson(res, 201)
    expect(certification.product_group).toBe("handicraft")
    expect(certification.legacy_group).toBe("souvenirs_furniture_decoration")
  })

  it("defaults expiry to 36 months after issue", async () => {
    const issued = new Date("2025-03-15T00:00:00.000Z")
    const res = await adminFetch(
      "/admin/ocop/certifications",
      post(certificate(productId, { issued_at: issued.toISOString() })),
    )
    const { certification } = await expectJson(res, 201)
    expect(certification.expires_at).toBe("2028-03-15T00:00:00.000Z")
  })
})
