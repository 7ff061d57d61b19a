// The login throttle's Redis counter against a real redis-server (OCOP_TEST_REDIS_SERVER, else
// `redis-server` on the PATH; `npm test` installs Debian's package when it runs as root).
import Redis from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { redisServerAvailable, startRedisServer } from "../../../../__tests__/redis-server"
import { redisCounter } from "../redis-counter"
import { FREE_FAILURES } from "../rules"

describe.skipIf(!redisServerAvailable)("login throttle counts in Redis", () => {
  let server: Awaited<ReturnType<typeof startRedisServer>> | undefined
  let redis: Redis
  const unique = () => `test:${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`

  beforeAll(async () => {
    server = await startRedisServer()
    redis = new Redis({ port: server.port, host: "127.0.0.1", maxRetriesPerRequest: 1 })
  })

  afterAll(async () => {
    await redis?.quit()
    server?.stop()
  })

  it("lets only the free attempts of 60 simultaneous ones through", async () => {
    const counter = redisCounter(redis)
    const key = unique()
    const verdicts = await Promise.all(Array.from({ length: 60 }, () => counter.claimAttempt(key)))
    const allowed = verdicts.filter((verdict) => verdict.allowed)
    expect(allowed).toHaveLength(FREE_FAILURES)
    for (const verdict of verdicts) {
      if (!verdict.allowed) expect(verdict.retryAfterSeconds).toBe(1)
    }
  })

  it("lets the next attempt through once the wait has passed, then doubles the wait", async () => {
    const counter = redisCounter(redis)
    const key = unique()
    for (let i = 0; i < FREE_FAILURES; i++)
      expect((await counter.claimAttempt(key)).allowed).toBe(true)
    expect((await counter.claimAttempt(key)).allowed).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 1100))
    expect((await counter.claimAttempt(key)).allowed).toBe(true)
    expect(await counter.claimAttempt(key)).toEqual({ allowed: false, retryAfterSeconds: 2 })
  })

  it("starts an account over when it is forgotten", async () => {
    const counter = redisCounter(redis)
    const key = unique()
    for (let i = 0; i < FREE_FAILURES; i++) await counter.claimAttempt(key)
    await counter.forget(key)
    expect((await counter.claimAttempt(key)).allowed).toBe(true)
  })

  it("counts simultaneous hits of a window one by one, and expires the window", async () => {
    const counter = redisCounter(redis)
    const key = unique()
    const hits = await Promise.all(Array.from({ length: 150 }, () => counter.hit(key, 2)))
    expect(hits.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 150 }, (_, i) => i + 1),
    )
    for (const hit of hits) expect(hit.resetInMs).toBeLessThanOrEqual(2000)
    await counter.unhit(key)
    expect((await counter.hit(key, 2)).count).toBe(150)
    await new Promise((resolve) => setTimeout(resolve, 2100))
    expect((await counter.hit(key, 2)).count).toBe(1)
  })

  it("never takes a window below zero, nor brings back an expired one", async () => {
    const counter = redisCounter(redis)
    const key = unique()
    await counter.unhit(key)
    expect(await redis.exists(`ocop:${key}`)).toBe(0)
    await counter.hit(key, 60)
    await counter.unhit(key)
    await counter.unhit(key)
    expect((await counter.hit(key, 60)).count).toBe(1)
  })
})
