/**
 * The login throttle's rules (docs/decisions/0008-login-throttling.md), without I/O: the
 * counters in Postgres or Redis apply them atomically.
 *
 * - Per account and client address: the first FREE_FAILURES attempts in a row pass at once; after
 *   the n-th attempt without a success the next one waits 2^(n - FREE_FAILURES) seconds, capped
 *   at MAX_DELAY_SECONDS. A success starts over. Attempts inside the wait get 429 and do not count.
 * - Per client address, over every account: at most ADDRESS_BUDGET failed attempts in an
 *   ADDRESS_WINDOW_SECONDS window; a success gives its attempt back.
 * Attempts count before the password is checked, so parallel guesses count like serial ones.
 */

export const FREE_FAILURES = 5
export const MAX_DELAY_SECONDS = 15 * 60
/** An account's count is forgotten after this long without an attempt. */
export const QUIET_RESET_SECONDS = 24 * 60 * 60
export const ADDRESS_BUDGET = 100
export const ADDRESS_WINDOW_SECONDS = 15 * 60

/** Seconds the next attempt waits after `attempts` attempts in a row without a success. */
export function delayAfter(attempts: number): number {
  if (attempts < FREE_FAILURES) return 0
  return Math.min(2 ** (attempts - FREE_FAILURES), MAX_DELAY_SECONDS)
}

/** The account part of a key: the email trimmed and lowercased, so its variants share a count. */
export function accountOf(email: unknown): string | null {
  if (typeof email !== "string") return null
  const account = email.trim().toLowerCase()
  return account ? account : null
}

export const accountKey = (account: string, address: string) =>
  `login:account:${address}:${account}`
export const addressKey = (address: string) => `login:address:${address}`

/** An answer to "may this attempt check a password?" */
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Whole seconds to announce in Retry-After: never 0 while the wait lasts. */
export const retryAfterSeconds = (milliseconds: number) =>
  Math.max(1, Math.ceil(milliseconds / 1000))
