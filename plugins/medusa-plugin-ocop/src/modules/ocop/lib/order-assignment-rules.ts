import { randomInt, timingSafeEqual } from "node:crypto"
import type { OrderAssignmentKind, OrderAssignmentStatus } from "@ocop/shared"

/**
 * How a place's part of an online order moves through its queue — a pure rule, no I/O.
 * Pickup: new → preparing → ready_for_pickup → handed_over. Delivery: new → preparing → shipped
 * → delivered. Cancelled from any step before the goods leave the place.
 */
const MOVES: Record<
  OrderAssignmentKind,
  Partial<Record<OrderAssignmentStatus, OrderAssignmentStatus[]>>
> = {
  pickup: {
    new: ["preparing", "cancelled"],
    preparing: ["ready_for_pickup", "cancelled"],
    ready_for_pickup: ["handed_over", "cancelled"],
  },
  delivery: {
    new: ["preparing", "cancelled"],
    preparing: ["shipped", "cancelled"],
    shipped: ["delivered"],
  },
}

export class AssignmentRuleError extends Error {
  override name = "AssignmentRuleError"
}

export function nextStatuses(kind: OrderAssignmentKind, from: OrderAssignmentStatus) {
  return MOVES[kind][from] ?? []
}

/** Refuses a move the queue does not allow, in words a staff member understands. */
export function assertMove(
  kind: OrderAssignmentKind,
  from: OrderAssignmentStatus,
  to: OrderAssignmentStatus,
) {
  if (!nextStatuses(kind, from).includes(to)) {
    throw new AssignmentRuleError(
      `A ${kind} order that is ${from} cannot become ${to}` +
        (nextStatuses(kind, from).length
          ? `; next: ${nextStatuses(kind, from).join(" or ")}.`
          : "; it is finished."),
    )
  }
}

/** Moves that put goods before the shopper: a bank transfer must have arrived first. */
export function needsPaymentFirst(to: OrderAssignmentStatus) {
  return to === "ready_for_pickup" || to === "shipped"
}

/** Moves at which the shopper has the goods in hand: a cash payment is taken then. */
export function takesCashPayment(to: OrderAssignmentStatus) {
  return to === "handed_over" || to === "delivered"
}

/** No 0/O, 1/I/L: a code read aloud or typed at a counter cannot be mistaken. */
export const PICKUP_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
export const PICKUP_CODE_LENGTH = 8

/** A pickup code: 8 characters of the unambiguous alphabet, from the system's CSPRNG (≈ 2^39). */
export function newPickupCode() {
  let code = ""
  for (let i = 0; i < PICKUP_CODE_LENGTH; i++) {
    code += PICKUP_CODE_ALPHABET[randomInt(PICKUP_CODE_ALPHABET.length)]
  }
  return code
}

/** The code as typed at the counter: spaces and dashes dropped, case ignored. */
export function normalizePickupCode(presented: string) {
  return presented.replace(/[\s-]/g, "").toUpperCase()
}

/** Whether the code presented is the assignment's, compared in constant time. */
export function pickupCodeMatches(stored: string | null | undefined, presented: unknown) {
  if (!stored || typeof presented !== "string") return false
  const given = Buffer.from(normalizePickupCode(presented))
  const expected = Buffer.from(stored)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
