import type { Logger } from "@medusajs/framework/types"
import { MedusaService } from "@medusajs/framework/utils"
import Redis from "ioredis"
import type { ThrottleCounter } from "./lib/counter"
import { postgresCounter, type SqlExecutor } from "./lib/postgres-counter"
import { redisCounter } from "./lib/redis-counter"
import {
  ADDRESS_BUDGET,
  ADDRESS_WINDOW_SECONDS,
  accountKey,
  addressKey,
  retryAfterSeconds,
  type Verdict,
} from "./lib/rules"
import { LoginThrottle } from "./models/login-throttle"

export type LoginThrottleOptions = {
  /** Counts live in this Redis when set (shared by every server process), else in Postgres. */
  redisUrl?: string
}

/** An attempt allowed to check a password; settled once its answer is known. */
export type LoginClaim = { accountKey: string; addressKey: string }

type Dependencies = { manager: SqlExecutor; logger: Logger }

/**
 * Failed logins slow down the client that makes them (lib/rules.ts): per account at the client's
 * address with backoff, and per address over all accounts with a budget.
 */
class LoginThrottleModuleService extends MedusaService({ LoginThrottle }) {
  protected readonly counter: ThrottleCounter
  protected readonly redis?: Redis

  constructor(dependencies: Dependencies, options: LoginThrottleOptions = {}) {
    super(dependencies, options)
    if (options.redisUrl) {
      this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 3 })
      this.redis.on("error", (error) =>
        dependencies.logger.warn(`[ocop] login throttle: Redis: ${error.message}`),
      )
      this.counter = redisCounter(this.redis)
    } else {
      this.counter = postgresCounter(dependencies.manager)
    }
  }

  __hooks = {
    onApplicationShutdown: async () => {
      await this.redis?.quit()
    },
  }

  /**
   * May this attempt at `account` from `address` check a password? Counted before the check,
   * as if it fails; `settle` gives it back when it succeeds.
   */
  async claimLogin(
    account: string,
    address: string,
  ): Promise<{ allowed: true; claim: LoginClaim } | Extract<Verdict, { allowed: false }>> {
    const claim = { accountKey: accountKey(account, address), addressKey: addressKey(address) }
    const budget = await this.counter.hit(claim.addressKey, ADDRESS_WINDOW_SECONDS)
    if (budget.count > ADDRESS_BUDGET) {
      return { allowed: false, retryAfterSeconds: retryAfterSeconds(budget.resetInMs) }
    }
    const verdict = await this.counter.claimAttempt(claim.accountKey)
    if (!verdict.allowed) {
      await this.counter.unhit(claim.addressKey)
      return verdict
    }
    return { allowed: true, claim }
  }

  /** A success starts the account's count over and gives the address its attempt back. */
  async settleLogin(claim: LoginClaim, succeeded: boolean): Promise<void> {
    if (!succeeded) return
    await Promise.all([this.counter.forget(claim.accountKey), this.counter.unhit(claim.addressKey)])
  }

  /** Drops expired counts (Postgres; Redis expires its keys itself). */
  async pruneLoginCounts(): Promise<number> {
    return this.counter.prune()
  }
}

export default LoginThrottleModuleService
