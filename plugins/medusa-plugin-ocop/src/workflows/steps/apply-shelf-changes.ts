import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE, type StockActor } from "../../modules/ocop/lib/constants"
import {
  levelKey,
  NotOnShelfError,
  planShelf,
  ShelfError,
  type ShelfChange,
} from "../../modules/ocop/lib/shelf-rules"
import type OcopModuleService from "../../modules/ocop/service"

export type ShelfChangeInput = ShelfChange & {
  place_id: string
  variant_id: string
  reason?: string | null
  delivery_note?: string | null
  producer_id?: string | null
  transfer_id?: string | null
  order_id?: string | null
}

/** A busy shelf (a queue of checkouts and counter sales) waits rather than fails. */
const LOCK_TIMEOUT_SECONDS = 20

type Undo = {
  levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[]
  created: { inventory_item_id: string; location_id: string }[]
  movements: string[]
}

function planOrRefuse(
  levels: Parameters<typeof planShelf>[0],
  changes: (ShelfChange & { variant_id?: string })[],
) {
  try {
    return planShelf(levels, changes)
  } catch (error) {
    if (error instanceof NotOnShelfError) {
      const change = changes.find((line) => line.inventory_item_id === error.inventoryItemId)
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant ${change?.variant_id ?? error.inventoryItemId} is not on this place's shelf.`,
      )
    }
    if (error instanceof ShelfError) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message)
    }
    throw error
  }
}

/** Refuses early, with the shelf's own words, changes the shelf cannot take right now. */
export const checkShelfStep = createStep(
  "check-ocop-shelf",
  async (input: { changes: (ShelfChange & { variant_id?: string })[] }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const levels = await inventory.listInventoryLevels({
      inventory_item_id: [...new Set(input.changes.map((change) => change.inventory_item_id))],
      location_id: [...new Set(input.changes.map((change) => change.location_id))],
    })
    planOrRefuse(new Map(levels.map((level) => [levelKey(level), level])), input.changes)
  },
)

/**
 * Changes shelf stock and writes its audit trail, in the actor's name, in one step. Runs under
 * the same locks as Medusa's checkout reservations (one per inventory item), so online orders
 * and counter sales can never sell the same unit twice.
 */
export const applyShelfChangesStep = createStep(
  "apply-ocop-shelf-changes",
  async (input: { changes: ShelfChangeInput[]; actor: StockActor }, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const itemIds = [...new Set(input.changes.map((change) => change.inventory_item_id))]

    return await locking.execute(
      itemIds,
      async () => {
        const levels = await inventory.listInventoryLevels({
          inventory_item_id: itemIds,
          location_id: [...new Set(input.changes.map((change) => change.location_id))],
        })
        const current = new Map(levels.map((level) => [levelKey(level), level]))
        const plan = planOrRefuse(current, input.changes)
        const finalQuantity = new Map(plan.map((line) => [line.key, line.after]))
        const undo: Undo = { levels: [], created: [], movements: [] }
        const missing = [...finalQuantity.keys()].filter((key) => !current.has(key))
        const toLevel = (key: string) => {
          const [inventory_item_id, location_id] = key.split("@")
          return { inventory_item_id, location_id, stocked_quantity: finalQuantity.get(key)! }
        }
        if (missing.length) {
          await inventory.createInventoryLevels(missing.map(toLevel))
          undo.created = missing.map((key) => toLevel(key))
        }
        const existing = [...finalQuantity.keys()].filter((key) => current.has(key))
        if (existing.length) {
          undo.levels = existing.map((key) => ({
            ...toLevel(key),
            stocked_quantity: Number(current.get(key)!.stocked_quantity),
          }))
          await inventory.updateInventoryLevels(existing.map(toLevel))
        }
        const movements = await ocop.createStockMovements(
          input.changes.map((change, index) => ({
            place_id: change.place_id,
            stock_location_id: change.location_id,
            inventory_item_id: change.inventory_item_id,
            variant_id: change.variant_id,
            kind: change.kind,
            quantity_change: plan[index].change,
            quantity_after: plan[index].after,
            reason: change.reason ?? null,
            delivery_note: change.delivery_note ?? null,
            producer_id: change.producer_id ?? null,
            transfer_id: change.transfer_id ?? null,
            order_id: change.order_id ?? null,
            actor_type: input.actor.type,
            actor_id: input.actor.id,
          })),
        )
        undo.movements = movements.map((movement) => movement.id)
        return new StepResponse(movements, undo)
      },
      { timeout: LOCK_TIMEOUT_SECONDS },
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const itemIds = [
      ...new Set([...undo.levels, ...undo.created].map((level) => level.inventory_item_id)),
    ]
    await locking.execute(itemIds, async () => {
      if (undo.levels.length) await inventory.updateInventoryLevels(undo.levels)
      if (undo.created.length) {
        await inventory.updateInventoryLevels(
          undo.created.map((level) => ({ ...level, stocked_quantity: 0 })),
        )
      }
    })
    if (undo.movements.length) await ocop.deleteStockMovements(undo.movements)
  },
)
