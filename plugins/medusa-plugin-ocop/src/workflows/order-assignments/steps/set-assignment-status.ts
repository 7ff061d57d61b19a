import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type OrderAssignmentStatus } from "@ocop/shared"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"

export type AssignmentUpdate = {
  id: string
  status: OrderAssignmentStatus
  carrier?: string | null
  tracking_number?: string | null
  cancel_reason?: string | null
  fulfillment_id?: string | null
}

const FIELDS = ["status", "carrier", "tracking_number", "cancel_reason", "fulfillment_id"] as const

/** Moves assignments to their new status (and its facts); undone by restoring the old ones. */
export const setAssignmentStatusStep = createStep(
  "ocop-set-order-assignment-status",
  async (updates: AssignmentUpdate[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (!updates.length) return new StepResponse([], [] as AssignmentUpdate[])
    const before = await ocop.listOrderAssignments({ id: updates.map((update) => update.id) })
    const updated = await ocop.updateOrderAssignments(updates)
    const undo = before.map((row) => {
      const restore: AssignmentUpdate = { id: row.id, status: row.status }
      for (const field of FIELDS) (restore as Record<string, unknown>)[field] = row[field] ?? null
      return restore
    })
    return new StepResponse(
      updated.map((row) => ({
        ...row,
        previous_status: before.find((old) => old.id === row.id)?.status ?? null,
      })),
      undo,
    )
  },
  async (undo, { container }) => {
    if (!undo?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateOrderAssignments(undo)
  },
)
