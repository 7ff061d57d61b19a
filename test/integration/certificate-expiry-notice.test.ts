// The issuing body tells the producer at least 30 days before expiry — once.
import { describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct, recordCertificate } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { mailbox } from "../support/mailbox"

const DAY_MS = 864e5

describe("certificates expiring within 30 days", () => {
  it("are listed for officers and announced to the producer exactly once", async () => {
    const { product, producer } = await createCandidateProduct()
    const issuedAt = new Date(Date.now() - 1000 * DAY_MS)
    const expiresAt = new Date(Date.now() + 10 * DAY_MS)
    const cert = await recordCertificate(product.id, {
      issued_at: issuedAt.toISOString(),
      expires_at: expiresAt.toISOString(),
      expiry_reason: "Hiệu lực theo quyết định gia hạn tạm thời",
    })

    const expiring = await expectJson(
      await adminFetch("/admin/ocop/certifications?expiring_within_days=30&limit=200"),
      200,
    )
    expect(expiring.certifications.map((c: { id: string }) => c.id)).toContain(cert.id)

    const first = await expectJson(await adminFetch("/admin/ocop/expiry-runs", post({})), 200)
    expect(first.notified_certification_ids).toContain(cert.id)
    // Sent after the run committed, by a subscriber: wait for it at the SMTP server.
    const mail = await (await mailbox()).next(producer.email)
    expect(mail.subject).toBe(`Chứng nhận OCOP ${cert.certificate_number} sắp hết hạn`)
    expect(mail.text).toContain("trong vòng 30 ngày tới")
    expect(mail.html).toContain('<html lang="vi">')
    const { notifications } = await expectJson(
      await adminFetch(`/admin/notifications?limit=100&order=-created_at&fields=%2Bstatus`),
      200,
    )
    const notice = notifications.find((n: { resource_id?: string }) => n.resource_id === cert.id)
    expect(notice?.to).toBe(producer.email)
    expect(notice?.channel).toBe("email")

    const second = await expectJson(await adminFetch("/admin/ocop/expiry-runs", post({})), 200)
    expect(second.notified_certification_ids).not.toContain(cert.id)
  })
})
