import type { Redis } from "ioredis"
import { FREE_FAILURES, MAX_DELAY_SECONDS, QUIET_RESET_SECONDS, type Verdict } from "./rules"
import type { ThrottleCounter } from "./counter"

/**
 * Backoff in one script, so it is atomic on the Redis server (rules.ts: delayAfter): refuse
 * while `locked_until` is ahead, else count the attempt and set the wait that follows it.
 */
const CLAIM_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local locked = tonumber(redis.call('HGET', KEYS[1], 'locked_until') or '0')
if locked > now then return locked - now end
local attempts = redis.call('HINCRBY', KEYS[1], 'count', 1)
local free, max, quiet = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local delay = 0
if attempts >= free then delay = math.min(2 ^ (attempts - free), max) * 1000 end
redis.call('HSET', KEYS[1], 'locked_until', now + delay)
redis.call('EXPIRE', KEYS[1], quiet)
return 0`

/** DECR that never brings a key back without its expiry. */
const UNHIT_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 and tonumber(redis.call('GET', KEYS[1])) > 0 then
  redis.call('DECR', KEYS[1])
end
return 0`

export function redisCounter(redis: Redis, prefix = "ocop:"): ThrottleCounter {
  const k = (key: string) => `${prefix}${key}`
  return {
    async claimAttempt(key): Promise<Verdict> {
      const waitMs = Number(
        await redis.eval(
          CLAIM_SCRIPT,
          1,
          k(key),
          FREE_FAILURES,
          MAX_DELAY_SECONDS,
          QUIET_RESET_SECONDS,
        ),
      )
      return waitMs > 0
        ? { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) }
        : { allowed: true }
    },
    async hit(key, windowSeconds) {
      // INCR + an expiry set only by the window's first hit, in one transaction.
      const results = await redis
        .multi()
        .set(k(key), 0, "EX", windowSeconds, "NX")
        .incr(k(key))
        .pttl(k(key))
        .exec()
      if (!results) throw new Error("Redis refused the login throttle's transaction")
      for (const [error] of results) if (error) throw error
      return { count: Number(results[1]![1]), resetInMs: Math.max(0, Number(results[2]![1])) }
    },
    async unhit(key) {
      await redis.eval(UNHIT_SCRIPT, 1, k(key))
    },
    async forget(key) {
      await redis.del(k(key))
    },
    async prune() {
      return 0
    },
  }
}
