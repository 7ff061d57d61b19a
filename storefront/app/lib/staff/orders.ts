import { ORDER_ASSIGNMENT_STATUSES, type OrderAssignmentStatus } from "@ocop/shared"

/** The status filter of the queue's address (`?status=`), when it names a known status. */
export function statusFilter(url: URL): OrderAssignmentStatus | undefined {
  const value = url.searchParams.get("status")
  return ORDER_ASSIGNMENT_STATUSES.find((status) => status === value)
}

/**
 * A move as the form sends it, with only the fields that move takes; undefined for a status
 * the queue does not know (the backend still decides whether the move is allowed).
 */
export function moveBody(
  form: FormData,
): ({ status: OrderAssignmentStatus } & Record<string, string>) | undefined {
  const status = ORDER_ASSIGNMENT_STATUSES.find((known) => known === form.get("status"))
  if (!status) return undefined
  const text = (name: string) => String(form.get(name) ?? "").slice(0, 600)
  if (status === "shipped") {
    return { status, carrier: text("carrier"), tracking_number: text("tracking_number") }
  }
  if (status === "handed_over") return { status, pickup_code: text("pickup_code") }
  if (status === "cancelled") return { status, reason: text("reason") }
  return { status }
}
