// Certificates obey the programme: valid 36 months from issue (never longer, shorter only with a
// reason), issued no later than today, stars within the score's band. Anything else is a 400
// whose message names the rule, and nothing is written or listed.
import { beforeAll, describe, expect, it } from "vitest"
import {
  adminFetch,
  certificate,
  createCandidateProduct,
  shopperSees,
} from "../../support/admin-api"
import { expectJson, post } from "../../support/http"

let product: { id: string }
let handle: string

const certificates = async () =>
  (
    await expectJson(
      await adminFetch(`/admin/ocop/certifications?product_id=${product.id}&limit=200`),
      200,
    )
  ).certifications as { id: string; expires_at: string; expiry_reason: string | null }[]

async function refused(overrides: Record<string, unknown>) {
  const res = await adminFetch(
    "/admin/ocop/certifications",
    post(certificate(product.id, overrides)),
  )
  return (await expectJson(res, 400)).message as string
}

beforeAll(async () => {
  ;({ product, handle } = await createCandidateProduct())
})

describe("certificates obey the programme", () => {
  it("refuses a validity longer than 36 months (issued 2020-01-01, expiring 2099) and lists nothing", async () => {
    const message = await refused({
      issued_at: "2020-01-01T00:00:00.000Z",
      expires_at: "2099-01-01T00:00:00.000Z",
    })
    expect(message).toMatch(/36 months/)
    expect(message).toMatch(/2023-01-01/)
    const recent = new Date(Date.now() - 30 * 864e5)
    const fiveYears = new Date(recent)
    fiveYears.setUTCFullYear(fiveYears.getUTCFullYear() + 5)
    expect(
      await refused({ issued_at: recent.toISOString(), expires_at: fiveYears.toISOString() }),
    ).toMatch(/36 months/)
    expect(await certificates()).toEqual([])
    expect(await shopperSees(handle, product.id)).toEqual({ ocop: false, list: false, byId: false })
  })

  it("accepts an expiry earlier than 36 months only with a reason, and keeps the reason", async () => {
    const issued = new Date(Date.now() - 30 * 864e5)
    const early = new Date(Date.now() + 90 * 864e5)
    expect(
      await refused({ issued_at: issued.toISOString(), expires_at: early.toISOString() }),
    ).toMatch(/needs a reason/)
    expect(await certificates()).toEqual([])

    const { certification } = await expectJson(
      await adminFetch(
        "/admin/ocop/certifications",
        post(
          certificate(product.id, {
            issued_at: issued.toISOString(),
            expires_at: early.toISOString(),
            expiry_reason: "Quyết định 45/QĐ-UBND giới hạn hiệu lực",
          }),
        ),
      ),
      201,
    )
    expect(certification.expires_at).toBe(early.toISOString())
    expect(certification.expiry_reason).toBe("Quyết định 45/QĐ-UBND giới hạn hiệu lực")
    expect(await shopperSees(handle, product.id)).toEqual({ ocop: true, list: true, byId: true })
  })

  it("refuses an issue date in the future and stars outside the score's band, naming the rule", async () => {
    const before = (await certificates()).length
    expect(await refused({ issued_at: new Date(Date.now() + 2 * 864e5).toISOString() })).toMatch(
      /future/,
    )
    expect(await refused({ stars: 5, score: 75 })).toMatch(/earns 4 stars/)
    expect((await certificates()).length).toBe(before)
  })
})
