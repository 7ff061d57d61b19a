// Events cross processes through the Redis event bus and are handled once: a revocation made on
// server 1 (its event consumed by the worker's subscribers) takes the product out of the search
// index and the fair catalog that server 2 answers from, and its notice is sent exactly once,
// not once per process.
import { describe, expect, it } from "vitest"
import { createCandidateProduct, recordCertificate, revokeCertificate } from "../support/admin-api"
import { expectJson } from "../support/http"
import { sql } from "../support/db"
import { onServer } from "../support/env"
import { eventually } from "../support/eventually"
import { mailbox } from "../support/mailbox"
import { createFair, exhibit, organizer } from "../support/organizer-api"
import { storeFetch } from "../support/store-api"
import { servers } from "../support/topology"

type Search = { products: { handle: string }[]; facets: { stars: unknown[] } }
const search = async (q: string) =>
  expectJson<Search>(await storeFetch(`/store/ocop/products?q=${encodeURIComponent(q)}`), 200)

const fairCatalog = async (slug: string): Promise<string[]> => {
  const { fair } = await expectJson(await storeFetch(`/store/ocop/fairs/${slug}`), 200)
  return fair.booths.flatMap((row: { products: { id: string }[] }) => row.products.map((p) => p.id))
}

describe("a revocation made on one server", () => {
  it("reaches search and the fair catalog on the other, and its notice is sent once", async () => {
    const [a, b] = servers()
    const { product, producer, tag } = await createCandidateProduct("Mứt gừng Quảng Nam")
    const cert = await recordCertificate(product.id, { stars: 4, score: 75 })
    const token = await organizer()
    const fair = await createFair(token)
    await exhibit(token, fair.id, { producer_id: producer.id, product_id: product.id })
    const query = `mut gung ${tag}`
    await onServer(b!.url, async () => {
      await eventually(async () => {
        expect((await search(query)).products.map((p) => p.handle)).toContain(product.handle)
      }, 20_000)
      expect(await fairCatalog(fair.slug)).toContain(product.id)
    })

    await onServer(a!.url, () => revokeCertificate(cert.id))

    await onServer(b!.url, async () => {
      await eventually(async () => {
        const found = await search(query)
        expect(found.products.map((p) => p.handle)).not.toContain(product.handle)
        // Facets come straight from the index: once they no longer count it, it was dropped.
        expect(found.facets.stars).toEqual([])
        expect(await fairCatalog(fair.slug)).not.toContain(product.id)
      }, 30_000)
    })
    const mail = await (await mailbox()).nextAbout(producer.email, cert.certificate_number, 30_000)
    expect(mail.subject).toContain("thu hồi")
    // Give a second handler (another process) time to send a duplicate, then count.
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    const notices = await sql<{ count: string }>(
      `select count(*) from notification where resource_id = $1 and "to" = $2`,
      [cert.id, producer.email],
    )
    expect(Number(notices[0]!.count)).toBe(1)
    const entries = await sql<{ live: string }>(
      `select count(*) filter (where deleted_at is null) as live from ocop_fair_entry
       where product_id = $1`,
      [product.id],
    )
    expect(Number(entries[0]!.live)).toBe(0)
  }, 120_000)
})
