// Expiry is the worker's job: the servers run with MEDUSA_WORKER_MODE=server and never run
// scheduled jobs, so a listing delisted here was delisted by the worker's every-minute
// ocop-expire-certifications job, and both servers then stop showing the product.
import { describe, expect, it } from "vitest"
import { createCandidateProduct, recordCertificate, shopperSees } from "../support/admin-api"
import { sql } from "../support/db"
import { onServer } from "../support/env"
import { eventually } from "../support/eventually"
import { servers } from "../support/topology"

const DAY_MS = 864e5
const shown = { ocop: true, list: true, byId: true }
const hidden = { ocop: false, list: false, byId: false }

/** The listing and product rows the job changes. */
async function listingOf(productId: string) {
  const [row] = await sql<{ listed: boolean; status: string }>(
    `select l.listed, p.status from ocop_listing l join product p on p.id = l.product_id
     where l.product_id = $1`,
    [productId],
  )
  return row!
}

describe("a certificate that runs out during the test", () => {
  it("is delisted by the worker's job, and neither server shows the product", async () => {
    const { product, handle } = await createCandidateProduct("Sắp hết hạn")
    await recordCertificate(product.id, {
      issued_at: new Date(Date.now() - 1000 * DAY_MS).toISOString(),
      expires_at: new Date(Date.now() + 15_000).toISOString(),
      expiry_reason: "Hiệu lực theo quyết định gia hạn tạm thời",
    })
    for (const server of servers()) {
      expect(await onServer(server.url, () => shopperSees(handle, product.id))).toEqual(shown)
    }
    expect(await listingOf(product.id)).toEqual({ listed: true, status: "published" })

    // The job runs every minute; allow two runs on a loaded machine. Its workflow flips the
    // listing, then the product's status, in steps of their own: wait for both.
    await eventually(
      async () => expect(await listingOf(product.id)).toEqual({ listed: false, status: "draft" }),
      150_000,
      1_000,
    )
    for (const server of servers()) {
      expect(await onServer(server.url, () => shopperSees(handle, product.id))).toEqual(hidden)
    }
  }, 200_000)
})
