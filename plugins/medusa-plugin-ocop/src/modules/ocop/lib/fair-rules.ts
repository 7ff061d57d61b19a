import type { FairStatus } from "./constants"

/** Upcoming before it opens, live while it runs, ended after it closes. */
export function fairStatus(
  fair: { starts_at: Date | string; ends_at: Date | string },
  now = new Date(),
): FairStatus {
  if (now.getTime() < new Date(fair.starts_at).getTime()) return "upcoming"
  if (now.getTime() < new Date(fair.ends_at).getTime()) return "live"
  return "ended"
}
