// The leased locking provider against a real redis-server, with a 1 s lease: a living holder
// keeps its lock for the ttl it asked, a dead one loses it within a lease (decision 0031).
import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { redisServerAvailable, startRedisServer } from "../../../__tests__/redis-server"
import { LeasedRedisLockingProvider } from "../service"

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(!redisServerAvailable)("locks are short leases renewed by their holder", () => {
  let server: Awaited<ReturnType<typeof startRedisServer>> | undefined
  const clients: Redis[] = []

  /** One process's provider: its own connection, a 1 s lease. */
  function processLocks() {
    const client = new Redis({ port: server!.port, host: "127.0.0.1", maxRetriesPerRequest: 0 })
    clients.push(client)
    type Deps = ConstructorParameters<typeof LeasedRedisLockingProvider>[0]
    const locks = new LeasedRedisLockingProvider({ redisClient: client } as unknown as Deps, {
      leaseSeconds: 1,
    })
    return { client, locks }
  }

  beforeAll(async () => {
    server = await startRedisServer()
  })

  afterAll(async () => {
    for (const client of clients) client.disconnect()
    server?.stop()
  })

  it("keeps a lock past its lease while the holder lives, and frees it on release", async () => {
    const holder = processLocks()
    const other = processLocks()
    await holder.locks.acquire("cart_alive", { expire: 120 })
    expect(await holder.client.ttl("medusa_lock:cart_alive")).toBeLessThanOrEqual(1)
    await pause(2_500)
    await expect(other.locks.acquire("cart_alive", { expire: 120 })).rejects.toThrow(
      /Failed to acquire lock/,
    )
    await holder.locks.release("cart_alive")
    await other.locks.acquire("cart_alive", { expire: 120 })
    await other.locks.release("cart_alive")
  })

  it("lets a lock whose holder died lapse within a lease, not the ttl it asked", async () => {
    const dying = processLocks()
    const survivor = processLocks()
    await dying.locks.acquire("cart_dead", { expire: 120 })
    dying.client.disconnect() // as good as kill -9 for Redis: no renewal, no release
    await pause(1_500)
    await survivor.locks.acquire("cart_dead", { expire: 120 })
    await survivor.locks.release("cart_dead")
  })

  it("holds an execute lock for as long as its job runs, on a lease", async () => {
    const { client, locks } = processLocks()
    const ran = await locks.execute("item_long", async () => {
      await pause(2_500)
      return client.ttl("medusa_lock:item_long")
    })
    expect(ran).toBeGreaterThan(0)
    expect(ran).toBeLessThanOrEqual(1)
  })
})
