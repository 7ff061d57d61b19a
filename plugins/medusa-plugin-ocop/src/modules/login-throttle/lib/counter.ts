import type { Verdict } from "./rules"

/** Where the throttle keeps its counts: Postgres or Redis, each step one atomic operation. */
export interface ThrottleCounter {
  /**
   * Backoff (rules.ts): refuses while the key waits; else counts the attempt and sets the wait
   * that follows it, as if it failed.
   */
  claimAttempt(key: string): Promise<Verdict>
  /** Counts one attempt in a fixed window: the count with this one, and ms until it resets. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetInMs: number }>
  /** Gives back one counted attempt (it succeeded, or never reached the password check). */
  unhit(key: string): Promise<void>
  /** Forgets the key (a success starts an account's count over). */
  forget(key: string): Promise<void>
  /** Drops expired counts; returns how many. */
  prune(): Promise<number>
}
