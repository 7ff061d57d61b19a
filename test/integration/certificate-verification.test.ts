// The QR code on packaging leads here: it must answer for active, expired and revoked alike.
import { describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct, recordCertificate } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { storeFetch } from "../support/store-api"

const verify = async (number: string) =>
  (
    await expectJson(
      await storeFetch(`/store/ocop/certificates/${encodeURIComponent(number)}`),
      200,
    )
  ).certificate

describe("public certificate verification", () => {
  it("answers active, expired and revoked, with the product and producer", async () => {
    const { product, producer } = await createCandidateProduct()
    const expired = await recordCertificate(product.id, {
      issued_at: new Date(Date.now() - 40 * 30.44 * 864e5).toISOString(),
    })
    const revoked = await recordCertificate(product.id)
    await adminFetch(`/admin/ocop/certifications/${revoked.id}/revoke`, post({ reason: "Thu hồi" }))
    const active = await recordCertificate(product.id, { stars: 4, score: 71 })

    expect((await verify(active.certificate_number)).state).toBe("active")
    expect((await verify(expired.certificate_number)).state).toBe("expired")
    const revokedAnswer = await verify(revoked.certificate_number)
    expect(revokedAnswer.state).toBe("revoked")
    expect(revokedAnswer.revocation_reason).toBe("Thu hồi")
    expect(revokedAnswer.product.title).toBe(product.title)
    expect(revokedAnswer.producer.name).toBe(producer.name)
  })

  it("answers 404 for a number that was never issued", async () => {
    const res = await storeFetch("/store/ocop/certificates/NO-SUCH-NUMBER")
    expect(res.status).toBe(404)
  })
})
