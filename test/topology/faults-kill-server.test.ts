// Fault: a server process dies (kill -9, no graceful shutdown) while 20 checkouts run, half of
// them on it. Proves that a checkout is all or nothing across a crash: every order that exists
// took its stock (a reservation), every cart without an order left the stock intact, and once
// Medusa's own recovery has run (the server restarted, the buyers retrying their carts) no
// reservation is left without an order and no cart became two orders.
import { afterAll, describe, expect, it } from "vitest"
import { sql } from "../support/db"
import { onServer } from "../support/env"
import { eventually } from "../support/eventually"
import { ledger, readyCarts, startRace, stockedShelf } from "../support/race"
import { fault, servers } from "../support/topology"

const UNITS = 20
/**
 * Medusa's own recovery from a crashed server is the lease: completeCartWorkflow holds its cart's
 * lock for at most 120 s (acquireLockStep ttl in @medusajs/core-flows' complete-cart), the
 * reservation lock for at most 60 s (locking-redis' default), and a retry waits 30 s for the
 * cart's lock before answering 409. A buyer whose cart the dead server held finishes once
 * those leases ran out: this long after the kill, with one retry's wait of slack.
 */
const LEASES_MS = 120_000 + 30_000 + 15_000

afterAll(async () => {
  // Whatever happened, the next file gets both servers back.
  await fault("start", { tag: "server-2" }).catch(() => {})
})

/** Every live order holds its units in reservations, and the shelf still counts all 20. */
async function consistent(shelf: Awaited<ReturnType<typeof stockedShelf>>) {
  const facts = await ledger(shelf)
  expect(facts.reserved_units).toBe(facts.ordered_units)
  expect(facts.reserved).toBe(facts.ordered_units)
  expect(facts.stocked).toBe(UNITS)
  return facts
}

// The setup (a shelf, 20 carts) takes minutes on a loaded machine, and the leases 165 s.
describe("kill -9 of a server during 20 concurrent checkouts", () => {
  it("leaves every order complete with its stock, or absent with the stock intact", async () => {
    const [survivor] = servers()
    const shelf = await stockedShelf(UNITS, "Trung tâm sự cố máy chủ")
    const carts = await readyCarts(shelf.variantId, UNITS)

    const racing = startRace(shelf, carts, 0)
    await new Promise((resolve) => setTimeout(resolve, 400))
    await fault("kill", { tag: "server-2", signal: "SIGKILL" })
    const killedAt = Date.now()
    const results = await racing
    const sold = results.filter((r) => r.ok).length
    expect(sold).toBeLessThanOrEqual(UNITS)
    const before = await consistent(shelf)
    expect(before.ordered_units).toBeGreaterThanOrEqual(sold)

    // Recovery: the server comes back, the buyers whose answer was lost complete again (those
    // whose cart the dead server held as soon as its lease ran out).
    await fault("start", { tag: "server-2" })
    const unanswered = carts.filter((_, index) => !results[index]!.ok)
    await onServer(survivor!.url, () =>
      eventually(
        async () => {
          const retried = await startRace(shelf, unanswered, 0)
          expect(retried.filter((r) => !r.ok)).toEqual([])
        },
        Math.max(killedAt + LEASES_MS - Date.now(), 30_000),
        3_000,
      ),
    )
    const after = await consistent(shelf)
    expect(after.ordered_units).toBe(UNITS)
    const doubled = await sql(
      `select cart_id from order_cart where cart_id = any($1) and deleted_at is null
       group by cart_id having count(*) > 1`,
      [carts],
    )
    expect(doubled).toEqual([])
  }, 480_000)
})
