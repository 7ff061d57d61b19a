/**
 * How to say a login throttle's wait (the backend's Retry-After) to a person: seconds under a
 * minute, whole minutes (rounded up) from there.
 */
export function loginWait(seconds: number): { unit: "seconds" | "minutes"; count: number } {
  const wait = Math.max(1, Math.ceil(seconds))
  return wait < 60
    ? { unit: "seconds", count: wait }
    : { unit: "minutes", count: Math.ceil(wait / 60) }
}
