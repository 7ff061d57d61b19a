import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

export type RevokeCertificationInput = { id: string; reason: string; revoked_at?: Date }

export const revokeCertificationStep = createStep(
  "revoke-ocop-certification",
  async (input: RevokeCertificationInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const before = await ocop.retrieveCertification(input.id)
    if (before.status === "revoked") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Certificate ${before.certificate_number} is already revoked.`,
        "certification_revoked",
      )
    }
    const revoked = await ocop.updateCertifications({
      id: input.id,
      status: "revoked",
      revoked_at: input.revoked_at ?? new Date(),
      revocation_reason: input.reason,
    })
    return new StepResponse(revoked, before)
  },
  async (before, { container }) => {
    if (!before) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateCertifications({
      id: before.id,
      status: before.status,
      revoked_at: before.revoked_at,
      revocation_reason: before.revocation_reason,
    })
  },
)
