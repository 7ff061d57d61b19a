import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import { newPickupCode } from "../../../modules/ocop/lib/order-assignment-rules"
import type OcopModuleService from "../../../modules/ocop/service"
import type { OrderRoute } from "./plan-order-route"
import { deleteCreated } from "../../steps/created-rows"

type CreatedAssignment = Awaited<ReturnType<OcopModuleService["createOrderAssignments"]>>[number]

/** One assignment per place serving the order; a pickup gets its counter code. */
export const createOrderAssignmentsStep = createStep(
  "ocop-create-order-assignments",
  async (route: OrderRoute, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (!route.parts.length) return new StepResponse([] as CreatedAssignment[], [] as string[])
    const created = await ocop.createOrderAssignments(
      route.parts.map((part) => ({
        order_id: route.order_id,
        place_id: part.place_id,
        stock_location_id: part.stock_location_id,
        kind: route.kind,
        status: "new" as const,
        // A json column is typed as an object; the contract's shape is a list of lines.
        items: part.items as unknown as Record<string, unknown>,
        pickup_code: route.kind === "pickup" ? newPickupCode() : null,
      })),
    )
    return new StepResponse(
      created as unknown as CreatedAssignment[],
      created.map((assignment) => assignment.id),
    )
  },
  deleteCreated((ocop, ids) => ocop.deleteOrderAssignments(ids)),
)
