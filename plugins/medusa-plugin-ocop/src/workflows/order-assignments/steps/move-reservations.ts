import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { availabilityAt } from "../order-facts"
import type { OrderRoute } from "./plan-order-route"

/** The same wait as the shelf's own changes (steps/apply-shelf-changes.ts). */
const LOCK_TIMEOUT_SECONDS = 20

type Moved = { id: string; location_id: string }[]

/**
 * Moves the order's reservations to the places that serve it, under the per-inventory-item
 * locks Medusa's checkout and the shelf take, re-checking that each place still holds what it
 * is asked for. Undone by moving them back.
 */
export const moveOrderReservationsStep = createStep(
  "ocop-move-order-reservations",
  async (route: OrderRoute, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const itemIds = [
      ...new Set(route.parts.flatMap((part) => part.items.map((item) => item.inventory_item_id))),
    ]
    if (!itemIds.length) return new StepResponse([] as Moved, [] as Moved)
    return await locking.execute(
      itemIds,
      async () => {
        const current = (await inventory.listReservationItems({
          id: route.reservations.map((reservation) => reservation.id),
        })) as unknown as OrderRoute["reservations"]
        const available = await availabilityAt(
          container,
          route.parts.map((part) => part.stock_location_id),
          itemIds,
          current,
        )
        const updates: Moved = []
        const undo: Moved = []
        for (const part of route.parts) {
          const free = available.get(part.stock_location_id) ?? new Map<string, number>()
          for (const item of part.items) {
            const reservation = current.find(
              (row) =>
                row.line_item_id === item.order_item_id &&
                row.inventory_item_id === item.inventory_item_id,
            )
            const units = Number(reservation?.quantity ?? item.quantity)
            const left = free.get(item.inventory_item_id) ?? 0
            if (left < units) {
              throw new MedusaError(
                MedusaError.Types.NOT_ALLOWED,
                `Variant ${item.variant_id} is no longer in stock at the place serving this order.`,
              )
            }
            free.set(item.inventory_item_id, left - units)
            if (reservation && reservation.location_id !== part.stock_location_id) {
              updates.push({ id: reservation.id, location_id: part.stock_location_id })
              undo.push({ id: reservation.id, location_id: reservation.location_id })
            }
          }
        }
        if (updates.length) await inventory.updateReservationItems(updates)
        return new StepResponse(updates, undo)
      },
      { timeout: LOCK_TIMEOUT_SECONDS },
    )
  },
  async (undo, { container }) => {
    if (!undo?.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    const existing = await inventory.listReservationItems({ id: undo.map((row) => row.id) })
    const still = undo.filter((row) => existing.some((reservation) => reservation.id === row.id))
    if (still.length) await inventory.updateReservationItems(still)
  },
)
