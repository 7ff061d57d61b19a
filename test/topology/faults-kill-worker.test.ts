// Fault: the worker dies (kill -9) as the every-minute expiry job starts, with certificates just
// run out. Proves expiry is resumable: while no worker runs nothing changes (the servers never
// run jobs), and the restarted worker's next run delists every lapsed product that the killed
// run had not reached, and no notice about those certificates goes out twice. The job only
// picks listings still listed, so a product the killed run did delist is not delisted again.
// (The kill lands 200 ms into the minute; a fast run may already have finished by then.)
import { afterAll, describe, expect, it } from "vitest"
import { createCandidateProduct, recordCertificate } from "../support/admin-api"
import { sql } from "../support/db"
import { eventually } from "../support/eventually"
import { fault } from "../support/topology"

const DAY_MS = 864e5
const PRODUCTS = 4

afterAll(async () => {
  await fault("start", { tag: "worker" }).catch(() => {})
})

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, at - Date.now()))

async function listed(productIds: string[]) {
  return sql<{ product_id: string; listed: boolean; status: string }>(
    `select l.product_id, l.listed, p.status from ocop_listing l join product p on p.id = l.product_id
     where l.product_id = any($1) order by l.product_id`,
    [productIds],
  )
}

describe("the worker killed during the expiry job", () => {
  it("lets the next run delist every lapsed product once, with no notice twice", async () => {
    const expiresAt = Date.now() + 10_000
    const products: string[] = []
    const certificates = []
    for (let index = 0; index < PRODUCTS; index++) {
      const { product } = await createCandidateProduct(`Hết hạn khi sự cố ${index}`)
      products.push(product.id as string)
      certificates.push(
        await recordCertificate(product.id, {
          issued_at: new Date(Date.now() - 1000 * DAY_MS).toISOString(),
          expires_at: new Date(expiresAt).toISOString(),
          expiry_reason: "Hiệu lực theo quyết định gia hạn tạm thời",
        }),
      )
    }
    // The next minute boundary after the expiry, when the job fires: kill the worker right then.
    const minute = 60_000
    const fires = Math.ceil(Math.max(expiresAt, Date.now()) / minute) * minute
    await sleepUntil(fires + 200)
    await fault("kill", { tag: "worker", signal: "SIGKILL" })
    const during = await listed(products)

    // No worker, no expiry: the servers never run the job (wait past the next boundary).
    await sleepUntil(Math.ceil(Date.now() / minute) * minute + 5_000)
    const withoutWorker = await listed(products)
    expect(withoutWorker).toEqual(during)

    await fault("start", { tag: "worker" })
    const after = await eventually(
      async () => {
        const rows = await listed(products)
        if (rows.some((row) => row.listed || row.status !== "draft")) throw new Error("not yet")
        return rows
      },
      150_000,
      1_000,
    )
    expect(after.map((row) => row.status)).toEqual(products.map(() => "draft"))
    const notices = await sql<{ resource_id: string; count: string }>(
      `select resource_id, count(*) from notification where resource_id = any($1)
       group by resource_id, "to", template having count(*) > 1`,
      [certificates.map((c) => c.id)],
    )
    expect(notices, "no notice sent twice").toEqual([])
  }, 420_000)
})
