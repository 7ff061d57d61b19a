import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type StockActor } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"
import type { AssignmentFacts } from "./load-assignment"
import { createdRows, deleteCreated } from "../../steps/created-rows"

/**
 * Writes the `online_order` movements of the units a fulfillment just took off the place's
 * shelf (Medusa's fulfillment turned the reservations into stock decrements), in the staff
 * member's name, read under the shelf's per-item locks so `quantity_after` is the shelf's.
 */
export const recordOrderMovementsStep = createStep(
  "ocop-record-online-order-movements",
  async (input: { assignment: AssignmentFacts; actor: StockActor }, { container }) => {
    const { assignment, actor } = input
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const itemIds = [...new Set(assignment.items.map((item) => item.inventory_item_id))]
    if (!itemIds.length) return new StepResponse([], [] as string[])
    const movements = await locking.execute(itemIds, async () => {
      const levels = await inventory.listInventoryLevels({
        inventory_item_id: itemIds,
        location_id: assignment.stock_location_id,
      })
      return await ocop.createStockMovements(
        assignment.items.map((item) => ({
          place_id: assignment.place_id,
          stock_location_id: assignment.stock_location_id,
          inventory_item_id: item.inventory_item_id,
          variant_id: item.variant_id,
          kind: "online_order" as const,
          quantity_change: -item.quantity,
          quantity_after: Number(
            levels.find((level) => level.inventory_item_id === item.inventory_item_id)
              ?.stocked_quantity ?? 0,
          ),
          order_id: assignment.order_id,
          actor_type: actor.type,
          actor_id: actor.id,
        })),
      )
    })
    return createdRows(movements)
  },
  deleteCreated((ocop, ids) => ocop.deleteStockMovements(ids)),
)
