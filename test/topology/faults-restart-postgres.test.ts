// Fault: Postgres stops for a few seconds while both servers take requests. Proves the servers
// neither hang nor die without their database: every request during the outage gets an answer
// (an error, not a 200 from nowhere) within a bounded time, and once Postgres is back the same
// servers serve reads and complete checkouts again without being restarted.
// (Readiness answering 503 is another change; until then this asserts "fails fast", not "503".)
import { describe, expect, it } from "vitest"
import { createCandidateProduct, recordCertificate } from "../support/admin-api"
import { readyCart } from "../support/checkout"
import { onServer } from "../support/env"
import { eventually } from "../support/eventually"
import { storeFetch } from "../support/store-api"
import { fault, servers } from "../support/topology"

/** How long a request may take while the database is away before it counts as hanging. */
const BOUND_MS = 15_000

type Probe = { ms: number; status: number }

async function probe(): Promise<Probe> {
  const started = Date.now()
  try {
    const res = await storeFetch("/store/ocop/products?limit=5", {
      signal: AbortSignal.timeout(BOUND_MS * 2),
    })
    await res.body?.cancel()
    return { ms: Date.now() - started, status: res.status }
  } catch {
    return { ms: Date.now() - started, status: 0 }
  }
}

describe("Postgres restarted under load", () => {
  it("answers every request in bounded time during the outage and recovers after", async () => {
    const goods = await createCandidateProduct("Bán sau sự cố")
    await recordCertificate(goods.product.id, { stars: 4, score: 75 })
    let loading = true
    const probes: Probe[] = []
    // Eight callers, round-robin over both servers, for the whole outage.
    const load = Array.from({ length: 8 }, async () => {
      while (loading) probes.push(await probe())
    })
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    await fault("restart-postgres", { down_ms: "6000" })
    loading = false
    await Promise.all(load)

    expect(probes.length).toBeGreaterThan(8)
    const slowest = Math.max(...probes.map((p) => p.ms))
    expect(slowest, "no request hangs while Postgres is away").toBeLessThan(BOUND_MS)
    expect(
      probes.some((p) => p.status !== 200),
      "the outage was seen",
    ).toBe(true)

    for (const server of servers()) {
      await onServer(server.url, async () => {
        await eventually(async () => expect((await probe()).status).toBe(200), 60_000, 1_000)
        const cart = await readyCart(goods.variantId)
        const done = await storeFetch(`/store/carts/${cart}/complete`, {
          method: "POST",
          body: "{}",
        })
        expect(done.status, `${server.tag} completes a checkout after the restart`).toBe(200)
      })
    }
  }, 180_000)
})
