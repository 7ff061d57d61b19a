import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import { canServe } from "../../modules/ocop/lib/order-routing"
import type OcopModuleService from "../../modules/ocop/service"
import { assignOrderWorkflow } from "../order-assignments/assign-order"
import { availabilityAt, inventoryLines, pickupPlaceOf } from "../order-assignments/order-facts"

// Orders reach the shelves (docs/decisions, orders are served from one place). Before the order
// exists: a pickup at a centre that lacks the stock is refused, in the shopper's language, and
// nothing is written. After: the order is assigned to its place(s) and Medusa's reservations
// move there; a failure undoes the whole checkout (order, reservations, payment).

/** The refusal a shopper reads at checkout; code `pickup_out_of_stock`. */
export function pickupOutOfStockMessage(locale: string | null | undefined, centre: string) {
  return locale?.toLowerCase().startsWith("en")
    ? `${centre} does not have every item of your cart in stock for pickup. Choose another centre or delivery.`
    : `${centre} không còn đủ hàng cho mọi sản phẩm trong giỏ để nhận tại chỗ. Vui lòng chọn trung tâm khác hoặc giao hàng.`
}

/**
 * Refuses a pickup at a centre that lacks any line of the cart. Run by the checkout's one
 * `validate` hook (gate-carts.ts: a Medusa hook takes a single handler).
 */
export async function assertPickupInStock(
  cart: {
    locale?: string | null
    shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null
    items?: Parameters<typeof inventoryLines>[0] | null
  },
  container: MedusaContainer,
) {
  const pickup = await pickupPlaceOf(
    container,
    (cart.shipping_methods ?? []).map((method) => method?.shipping_option_id),
  )
  if (!pickup) return
  const lines = inventoryLines(cart.items ?? [])
  const available = await availabilityAt(
    container,
    [pickup.stock_location_id],
    [...new Set(lines.map((line) => line.inventory_item_id))],
  )
  if (canServe(pickup, lines, available)) return
  const [location] = await container
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations({ id: pickup.stock_location_id }, { select: ["id", "name"] })
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    pickupOutOfStockMessage(cart.locale, location?.name ?? pickup.id),
    "pickup_out_of_stock",
  )
}

type Undo = { assignments: string[] }

/**
 * Medusa 2.21.2 declares `orderCreated` (after the order, its reservations and the payment's
 * authorization) but types only `validate`; the hook runs as a step of the checkout, undone
 * with it.
 */
const orderCreated = (
  completeCartWorkflow.hooks as unknown as {
    orderCreated: (
      invoke: (
        input: { order_id: string; cart_id: string },
        context: { container: MedusaContainer },
      ) => Promise<StepResponse<unknown, Undo>>,
      compensate: (
        undo: Undo | undefined,
        context: { container: MedusaContainer },
      ) => Promise<void>,
    ) => void
  }
).orderCreated

orderCreated(
  async ({ order_id }, { container }) => {
    const { result } = await assignOrderWorkflow(container).run({ input: { order_id } })
    return new StepResponse(result, {
      assignments: result.assignments.map((assignment) => assignment.id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (undo.assignments.length) await ocop.deleteOrderAssignments(undo.assignments)
    // Medusa's own compensation deletes the order's reservations right after this one.
  },
)
