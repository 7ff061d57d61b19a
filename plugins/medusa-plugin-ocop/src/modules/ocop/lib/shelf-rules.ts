import type { StockMovementKind } from "@ocop/shared"

/** One line of a shelf change: add (receipt, transfer in), remove (sale, transfer out) or set (count). */
export type ShelfChange = {
  inventory_item_id: string
  location_id: string
  kind: StockMovementKind
  /** Signed units for every kind but stocktake. */
  delta?: number
  /** Counted units, for a stocktake. */
  counted?: number
}

export type ShelfLevel = { stocked_quantity: number; reserved_quantity: number }

export class ShelfError extends Error {}

/** A change to an item the place does not hold where the change needs it on the shelf. */
export class NotOnShelfError extends ShelfError {
  constructor(readonly inventoryItemId: string) {
    super(`Item ${inventoryItemId} is not on this place's shelf.`)
  }
}

const key = (change: { inventory_item_id: string; location_id: string }) =>
  `${change.inventory_item_id}@${change.location_id}`

/**
 * The stocked quantity each level will hold after the changes, in order. Stock never goes
 * negative, a removal never takes units reserved for online orders, a count below the
 * reserved quantity is refused (release or ship those orders first), and a count applies only
 * to an item on the shelf: goods arrive by receipt or transfer, never by counting them.
 */
export function planShelf(
  levels: Map<string, ShelfLevel>,
  changes: ShelfChange[],
): { key: string; before: number; after: number; change: number }[] {
  const running = new Map<string, number>()
  const plan: { key: string; before: number; after: number; change: number }[] = []
  for (const change of changes) {
    const k = key(change)
    if (change.kind === "stocktake" && !levels.has(k)) {
      throw new NotOnShelfError(change.inventory_item_id)
    }
    const level = levels.get(k) ?? { stocked_quantity: 0, reserved_quantity: 0 }
    const before = running.get(k) ?? Number(level.stocked_quantity)
    const reserved = Number(level.reserved_quantity)
    const after =
      change.kind === "stocktake" ? (change.counted ?? NaN) : before + (change.delta ?? NaN)
    if (!Number.isSafeInteger(after)) throw new ShelfError("Quantities are whole units.")
    if (
      after < 0 ||
      (after < before && after < reserved) ||
      (change.kind === "stocktake" && after < reserved)
    ) {
      throw new ShelfError(
        `Not enough stock: ${Math.max(0, before - reserved)} available, ${reserved} reserved for online orders.`,
      )
    }
    running.set(k, after)
    plan.push({ key: k, before, after, change: after - before })
  }
  return plan
}

export const levelKey = key
