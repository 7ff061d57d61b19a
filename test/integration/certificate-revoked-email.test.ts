// A revoked certificate (thu hồi) is announced to the producer's people, in their language:
// which certificate, which product, why, and that the product left the marketplace.
import { describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct, recordCertificate } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { mailbox } from "../support/mailbox"
import { unique } from "../support/orders"
import { registerProducerUser } from "../support/producer-api"

describe("a revoked certificate", () => {
  it("is announced to the producer's users and address, with the reason, in their language", async () => {
    const { product, producer } = await createCandidateProduct("Mật ong bạc hà")
    const cert = await recordCertificate(product.id, { stars: 4, score: 76 })
    const user = `producer-${unique()}@example.com`
    const invited = `producer-en-${unique()}@example.com`
    await registerProducerUser(user, producer.id)
    await expectJson(
      await adminFetch(
        "/admin/ocop/producer-users",
        post({ email: invited, producer_id: producer.id, locale: "en" }),
      ),
      201,
    )
    const box = await mailbox()
    await box.next(invited) // the invitation
    const reason = "Không đánh giá lại <đúng hạn> & sai nhãn"
    await expectJson(
      await adminFetch(`/admin/ocop/certifications/${cert.id}/revoke`, post({ reason })),
      200,
    )
    const [vi, own, en] = await Promise.all([
      box.next(user),
      box.next(producer.email),
      box.next(invited),
    ])
    expect(vi.subject).toBe(`Chứng nhận OCOP ${cert.certificate_number} đã bị thu hồi`)
    expect(own.subject).toBe(vi.subject)
    expect(vi.text).toContain(product.title)
    expect(vi.text).toContain(`Lý do: ${reason}`)
    expect(vi.text).toContain("Sản phẩm đã ngừng bán trên sàn OCOP.")
    expect(vi.html).toContain("Lý do: Không đánh giá lại &lt;đúng hạn&gt; &amp; sai nhãn")
    expect(en.subject).toBe(`OCOP certificate ${cert.certificate_number} has been revoked`)
    expect(en.text).toContain(`Reason: ${reason}`)
    expect(en.text).toContain("The product has left the OCOP marketplace.")
    expect(en.html).toContain('<html lang="en">')
  })
})
