// Fault: Redis (locks, event bus, workflow engine, cache) restarts. Proves the processes
// reconnect by themselves: afterwards the cross-process locks hold again (a fresh race over
// both servers sells exactly the units there are) and events flow again (a revocation on one
// server is announced by the worker's subscriber).
import { describe, expect, it } from "vitest"
import { revokeCertificate } from "../support/admin-api"
import { onServer } from "../support/env"
import { eventually } from "../support/eventually"
import { mailbox } from "../support/mailbox"
import { ledger, race, stockedShelf } from "../support/race"
import { storeFetch } from "../support/store-api"
import { fault, servers } from "../support/topology"

const UNITS = 8

describe("Redis restarted", () => {
  it("locks and events recover: no oversell, and a revocation still delists", async () => {
    const shelf = await stockedShelf(UNITS, "Trung tâm sự cố Redis")
    await fault("restart-redis", { down_ms: "3000" })
    for (const server of servers()) {
      await onServer(server.url, () =>
        eventually(
          async () => expect((await storeFetch("/store/regions")).status).toBe(200),
          60_000,
          1_000,
        ),
      )
    }

    const results = await race(shelf, { online: 10, counter: 10 })
    expect(results.filter((r) => r.ok)).toHaveLength(UNITS)
    const facts = await ledger(shelf)
    expect(facts.ordered_units).toBe(UNITS)
    expect(facts.stocked - facts.reserved).toBe(0)
    expect(facts.lowest_after).toBeGreaterThanOrEqual(0)

    // An event after the restart: revoked on server 1, announced by the worker's subscriber.
    const cert = shelf.certificate
    const [a, b] = servers()
    await onServer(a!.url, () => revokeCertificate(cert.id))
    await onServer(b!.url, () =>
      eventually(async () => {
        const res = await storeFetch(`/store/ocop/products/${shelf.goods.handle}`)
        expect(res.status).toBe(404)
      }, 30_000),
    )
    const mail = await (
      await mailbox()
    ).nextAbout(shelf.goods.producer.email, cert.certificate_number, 30_000)
    expect(mail.subject).toContain("thu hồi")
  }, 300_000)
})
