// An email that cannot be delivered never fails the action it tells of: with the mail server
// down, the expiry run, a revocation and an order still succeed, and each notification is
// recorded as failed (issue #17).
import { describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct, recordCertificate } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { closeMailbox, mailbox } from "../support/mailbox"
import { placeOrder } from "../support/orders"

const DAY_MS = 864e5

type Stored = { resource_id?: string; template?: string; status?: string; to?: string }

/** The notifications about a record, once the subscribers have tried to send them. */
async function notificationsAbout(resourceId: string, template: string): Promise<Stored[]> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const { notifications } = await expectJson<{ notifications: Stored[] }>(
      await adminFetch("/admin/notifications?limit=200&order=-created_at&fields=%2Bstatus"),
      200,
    )
    const found = notifications.filter(
      (row) => row.resource_id === resourceId && row.template === template,
    )
    if (found.length && found.every((row) => row.status !== "pending")) return found
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no settled ${template} notification about ${resourceId}`)
}

describe("with the mail server down", () => {
  it("the expiry run, a revocation and an order succeed, and their emails are recorded as failed", async () => {
    const expiring = await createCandidateProduct("Cà phê Buôn Ma Thuột")
    const cert = await recordCertificate(expiring.product.id, {
      issued_at: new Date(Date.now() - 1000 * DAY_MS).toISOString(),
      expires_at: new Date(Date.now() + 10 * DAY_MS).toISOString(),
      expiry_reason: "Hiệu lực theo quyết định gia hạn tạm thời",
    })
    const revoked = await createCandidateProduct("Tiêu Tiên Phước")
    const revokedCert = await recordCertificate(revoked.product.id, { stars: 3, score: 60 })

    await closeMailbox() // nobody listens on the SMTP port now: every send is refused

    const run = await expectJson(await adminFetch("/admin/ocop/expiry-runs", post({})), 200)
    expect(run.notified_certification_ids).toContain(cert.id)
    await expectJson(
      await adminFetch(
        `/admin/ocop/certifications/${revokedCert.id}/revoke`,
        post({ reason: "Thu hồi khi máy chủ thư ngừng" }),
      ),
      200,
    )
    const placed = await placeOrder([expiring.variantId])
    expect(placed.order.display_id).toEqual(expect.any(Number))

    for (const [resource, template] of [
      [cert.id, "ocop-certification-expiring"],
      [revokedCert.id, "ocop-certification-revoked"],
      [placed.order.id, "ocop-order-placed"],
      [expiring.producer.id, "ocop-producer-order"],
    ]) {
      const stored = await notificationsAbout(resource, template)
      expect(stored.map((row) => row.status)).toEqual(stored.map(() => "failure"))
    }
    // The revocation and the order stand.
    const { certification } = await expectJson(
      await adminFetch(`/admin/ocop/certifications/${revokedCert.id}`),
      200,
    )
    expect(certification.status).toBe("revoked")
    await mailbox() // listening again, for whatever runs next
  })
})
