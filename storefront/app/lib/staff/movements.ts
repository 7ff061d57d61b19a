import type { StockActorType, StockMovementKind } from "@ocop/shared"
import type { ShelfRow, StockMovement } from "./types.ts"

export type MovementView = {
  id: string
  created_at: string
  kind: StockMovementKind
  item: string
  change: number
  after: number
  /**
   * "self" when it is the person reading; else the actor's type and name (its id when the
   * account was removed since; null for the system).
   */
  who: { self: true } | { self: false; type: StockActorType; name: string | null }
  /** Why: the stocktake's reason, the producer's delivery note, the order, or the transfer. */
  why:
    | { kind: "reason"; text: string }
    | { kind: "deliveryNote"; text: string }
    | { kind: "order"; text: string }
    | { kind: "transfer"; text: string }
    | null
}

export function movementViews(
  movements: StockMovement[],
  shelf: ShelfRow[],
  selfId: string,
): MovementView[] {
  const titles = new Map(shelf.map((row) => [row.variant_id, row.title]))
  return movements.map((movement) => ({
    id: movement.id,
    created_at: movement.created_at,
    kind: movement.kind,
    item: titles.get(movement.variant_id) ?? movement.variant_id,
    change: movement.quantity_change,
    after: movement.quantity_after,
    who:
      movement.actor.type === "staff" && movement.actor.id === selfId
        ? { self: true }
        : {
            self: false,
            type: movement.actor.type,
            name: movement.actor.name ?? movement.actor.id,
          },
    why: movement.reason
      ? { kind: "reason", text: movement.reason }
      : movement.delivery_note
        ? { kind: "deliveryNote", text: movement.delivery_note }
        : movement.order_id
          ? { kind: "order", text: movement.order_id }
          : movement.transfer_id
            ? { kind: "transfer", text: movement.transfer_id }
            : null,
  }))
}

/**
 * Rows on one page of each staff list page; a page's texts sit under its own key
 * (`<section>.title`, `.pages`…).
 */
export const historyPerPage = { movements: 50, receipts: 20, shifts: 20, orders: 25 } as const
export type HistorySection = keyof typeof historyPerPage

/** The page number of the history from `?page=`; 1 for anything else. */
export function pageNumber(url: URL): number {
  const page = Number(url.searchParams.get("page"))
  return Number.isInteger(page) && page > 0 && page <= 10_000 ? page : 1
}

/** "+5" and "−3": a change always shows its sign. */
export function signed(change: number): string {
  return change > 0 ? `+${change}` : change < 0 ? `−${Math.abs(change)}` : "0"
}
