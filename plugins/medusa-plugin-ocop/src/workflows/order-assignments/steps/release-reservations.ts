import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AssignmentFacts } from "./load-assignment"

type Held = {
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
  allow_backorder?: boolean
}

/**
 * Puts the units an assignment held back on the shelf: deletes its lines' reservations at its
 * place. Undone by reserving them again.
 */
export const releaseAssignmentReservationsStep = createStep(
  "ocop-release-order-assignment-reservations",
  async (assignment: AssignmentFacts, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const lineIds = [...new Set(assignment.items.map((item) => item.order_item_id))]
    if (!lineIds.length) return new StepResponse([], [] as Held[])
    const reservations = await inventory.listReservationItems({
      line_item_id: lineIds,
      location_id: assignment.stock_location_id,
    })
    if (reservations.length) {
      await inventory.deleteReservationItems(reservations.map((reservation) => reservation.id))
    }
    return new StepResponse(
      reservations.map((reservation) => reservation.id),
      reservations.map((reservation) => ({
        line_item_id: reservation.line_item_id!,
        inventory_item_id: reservation.inventory_item_id,
        location_id: reservation.location_id,
        quantity: Number(reservation.quantity),
        allow_backorder: reservation.allow_backorder ?? false,
      })),
    )
  },
  async (held, { container }) => {
    if (!held?.length) return
    await container.resolve(Modules.INVENTORY).createReservationItems(held)
  },
)
