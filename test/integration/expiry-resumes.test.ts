// Expiry is resumable: an expiry run cut short (the worker killed after it wrote the listing
// "unlisted" and before it set the product back to draft) is finished by the next run. The
// half-done state is written by hand, as the killed run leaves it; the topology test
// faults-kill-worker kills a real worker, where this moment is hit only sometimes.
import { describe, expect, it } from "vitest"
import { createCandidateProduct, recordCertificate, runExpiry } from "../support/admin-api"
import { sql } from "../support/db"

const status = async (productId: string) =>
  (await sql<{ status: string }>(`select status from product where id = $1`, [productId]))[0]!
    .status

describe("an expiry run cut short", () => {
  it("is finished by the next run: the lapsed product goes back to draft", async () => {
    const { product } = await createCandidateProduct("Hết hạn giữa chừng")
    const certificate = await recordCertificate(product.id)
    expect(await status(product.id)).toBe("published")
    // The certificate ran out, and a run wrote the listing before it died.
    await sql(
      `update ocop_certification set expires_at = now() - interval '1 minute' where id = $1`,
      [certificate.id],
    )
    await sql(`update ocop_listing set listed = false, listed_until = null where product_id = $1`, [
      product.id,
    ])

    // This run finishes it (or the scheduled job did a moment before: the end state is the same;
    // before the fix no run ever picked the product again).
    await runExpiry()
    expect(await status(product.id)).toBe("draft")
    const again = await runExpiry()
    expect(again.delisted_product_ids).not.toContain(product.id)
  })
})
