import { FREE_FAILURES, MAX_DELAY_SECONDS, QUIET_RESET_SECONDS, type Verdict } from "./rules"
import type { ThrottleCounter } from "./counter"

/** What the counter needs of a MikroORM entity manager: `?` placeholders, rows back. */
export type SqlExecutor = {
  execute(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>
}

const TABLE = "ocop_login_throttle"

/** The wait after `attempts` attempts, as SQL (rules.ts: delayAfter). */
const delaySql = (attempts: string) =>
  `make_interval(secs => case when ${attempts} < ${FREE_FAILURES} then 0
     else least(power(2, ${attempts} - ${FREE_FAILURES}), ${MAX_DELAY_SECONDS}) end)`

const nextAttempts = "case when t.expires_at <= now() then 1 else t.count + 1 end"

/**
 * One upsert per step, so concurrent attempts on any number of server processes serialise on
 * the key's row: a waiting key's row is left alone and answered from the same statement.
 */
const CLAIM_SQL = `
  with claimed as (
    insert into ${TABLE} as t (id, count, locked_until, expires_at)
    values (?, 1, now() + ${delaySql("1")}, now() + make_interval(secs => ${QUIET_RESET_SECONDS}))
    on conflict (id) do update set
      count = ${nextAttempts},
      locked_until = now() + ${delaySql(nextAttempts)},
      expires_at = now() + make_interval(secs => ${QUIET_RESET_SECONDS}),
      updated_at = now()
    where t.locked_until is null or t.locked_until <= now() or t.expires_at <= now()
    returning 0::float8 as wait_ms
  )
  select true as allowed, wait_ms from claimed
  union all
  select false, greatest(extract(epoch from locked_until - now()) * 1000, 1)::float8
    from ${TABLE} where id = ? and not exists (select 1 from claimed)`

const HIT_SQL = `
  insert into ${TABLE} as t (id, count, expires_at)
  values (?, 1, now() + make_interval(secs => ?))
  on conflict (id) do update set
    count = case when t.expires_at <= now() then 1 else t.count + 1 end,
    expires_at = case when t.expires_at <= now() then excluded.expires_at else t.expires_at end,
    updated_at = now()
  returning count, greatest(extract(epoch from expires_at - now()) * 1000, 0)::float8 as reset_ms`

export function postgresCounter(db: SqlExecutor): ThrottleCounter {
  return {
    async claimAttempt(key): Promise<Verdict> {
      const [row] = await db.execute(CLAIM_SQL, [key, key])
      // No row: another process took the key's row after this statement's snapshot; it waits.
      if (!row) return { allowed: false, retryAfterSeconds: 1 }
      return row.allowed
        ? { allowed: true }
        : { allowed: false, retryAfterSeconds: Math.ceil(Number(row.wait_ms) / 1000) }
    },
    async hit(key, windowSeconds) {
      const [row] = await db.execute(HIT_SQL, [key, windowSeconds])
      return { count: Number(row!.count), resetInMs: Number(row!.reset_ms) }
    },
    async unhit(key) {
      await db.execute(
        `update ${TABLE} set count = count - 1 where id = ? and count > 0 and expires_at > now()`,
        [key],
      )
    },
    async forget(key) {
      await db.execute(`delete from ${TABLE} where id = ?`, [key])
    },
    async prune() {
      const rows = await db.execute(
        `delete from ${TABLE} where expires_at <= now() returning id`,
        [],
      )
      return rows.length
    },
  }
}
