import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

export const markExpiryNotifiedStep = createStep(
  "mark-ocop-expiry-notified",
  async (ids: string[], { container }) => {
    if (!ids.length) return new StepResponse(ids, ids)
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const now = new Date()
    await ocop.updateCertifications(ids.map((id) => ({ id, expiry_notified_at: now })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateCertifications(ids.map((id) => ({ id, expiry_notified_at: null })))
  },
)
