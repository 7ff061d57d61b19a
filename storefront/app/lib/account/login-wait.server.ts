import { PortalApiError } from "../portal/api.server.ts"

/**
 * Seconds to wait when the backend's login throttle refused a sign-in (429, with Retry-After),
 * else null: a page shows the wait instead of an error.
 */
export function throttledFor(error: unknown): number | null {
  if (!(error instanceof PortalApiError) || error.status !== 429) return null
  return Math.max(1, error.retryAfter ?? 60)
}
