import { RedisLockingProvider } from "@medusajs/locking-redis/dist/services/redis-lock"

/**
 * The longest a lock outlives a process that died holding it, in seconds. A living process
 * renews its locks every third of it, so it holds them for as long as its caller asked.
 */
export const LEASE_SECONDS = 15

type Held = { ownerId: string; until: number; timer?: NodeJS.Timeout }
type Options = ConstructorParameters<typeof RedisLockingProvider>[1] & { leaseSeconds?: number }

/**
 * Medusa's Redis locking provider whose leases are short and renewed by the living process
 * (decision 0031). Medusa's workflows ask for long leases — `completeCartWorkflow` locks its
 * cart for 120 s with `acquireLockStep`, `locking.execute` (the reservation lock) for 60 s — and
 * a process killed while holding one left every buyer of that cart, or of that item, waiting
 * that long. Here Redis only ever holds a lock for LEASE_SECONDS past the last renewal: a live
 * holder keeps it until it releases it or its caller's own ttl runs out (the caller's bound is
 * unchanged), a dead one loses it within LEASE_SECONDS.
 */
export class LeasedRedisLockingProvider extends RedisLockingProvider {
  static identifier = "locking-redis-leased"

  private held = new Map<string, Held>()
  /** LEASE_SECONDS unless the `leaseSeconds` option says otherwise (the unit test's 1 s). */
  private lease: number

  constructor(deps: ConstructorParameters<typeof RedisLockingProvider>[0], options: Options) {
    super(deps, options)
    this.lease = Number(options?.leaseSeconds) || LEASE_SECONDS
  }

  /** `execute` already renews its lease while the job runs: only the lease is shortened. */
  async execute<T>(
    keys: string | string[],
    job: (signal?: AbortSignal) => Promise<T>,
    args?: { timeout?: number; expire?: number },
  ): Promise<T> {
    const expire = Math.min(args?.expire ?? this.lease, this.lease)
    return super.execute(keys, job, { ...args, expire })
  }

  async acquire(
    keys: string | string[],
    args?: { ownerId?: string; expire?: number; awaitQueue?: boolean },
  ): Promise<void> {
    const expire = args?.expire
    // No ttl means "until released" (Redis keeps it for good), a short one needs no renewal.
    if (!expire || expire <= this.lease) return super.acquire(keys, args)
    await super.acquire(keys, { ...args, expire: this.lease })
    const until = Date.now() + expire * 1000
    for (const key of [keys].flat()) this.hold(key, { ownerId: args?.ownerId ?? "*", until })
  }

  async release(keys: string | string[], args?: { ownerId?: string | null }): Promise<boolean> {
    for (const key of [keys].flat()) this.forget(key)
    return super.release(keys, args)
  }

  async releaseAll(args?: { ownerId?: string | null }): Promise<void> {
    const ownerId = args?.ownerId ?? "*"
    for (const [key, held] of this.held) if (held.ownerId === ownerId) this.forget(key)
    return super.releaseAll(args)
  }

  private hold(key: string, held: Held) {
    this.forget(key)
    this.held.set(key, held)
    this.schedule(key, held)
  }

  private forget(key: string) {
    clearTimeout(this.held.get(key)?.timer)
    this.held.delete(key)
  }

  private schedule(key: string, held: Held) {
    held.timer = setTimeout(() => void this.renew(key, held), (this.lease * 1000) / 3)
    held.timer.unref()
  }

  /** Extends the lease up to the caller's ttl; stops once the key is gone or someone else's. */
  private async renew(key: string, held: Held) {
    if (this.held.get(key) !== held) return
    const left = Math.ceil((held.until - Date.now()) / 1000)
    if (left <= 0) return void this.held.delete(key)
    const ttl = Math.min(left, this.lease)
    try {
      const name = `${this.keyNamePrefix}${key}`
      const extended = await this.redisClient.extendLock(name, held.ownerId, ttl)
      if (extended !== 1) {
        if (this.held.get(key) === held) this.held.delete(key)
        return
      }
    } catch (error) {
      this.logger_?.warn(`Could not renew the lock "${key}": ${(error as Error).message}`)
    }
    if (this.held.get(key) === held) this.schedule(key, held)
  }
}
