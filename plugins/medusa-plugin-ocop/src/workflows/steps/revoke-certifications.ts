import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import type { RevokeCertificationInput } from "./revoke-certification"

/**
 * Revokes a batch of certificates in one update, by the rule of one (revokeCertificationStep):
 * an unknown or already revoked certificate refuses the whole batch. Undone by restoring them.
 */
export const revokeCertificationsStep = createStep(
  "revoke-ocop-certifications",
  async (inputs: RevokeCertificationInput[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const ids = inputs.map((input) => input.id)
    const before = ids.length ? await ocop.listCertifications({ id: ids }) : []
    const found = new Map(before.map((certification) => [certification.id, certification]))
    for (const id of ids) {
      const certification = found.get(id)
      if (!certification) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Certification ${id} not found.`,
          "certification_not_found",
        )
      }
      if (certification.status === "revoked") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Certificate ${certification.certificate_number} is already revoked.`,
          "certification_revoked",
        )
      }
    }
    const now = new Date()
    const revoked = ids.length
      ? await ocop.updateCertifications(
          inputs.map((input) => ({
            id: input.id,
            status: "revoked" as const,
            revoked_at: input.revoked_at ?? now,
            revocation_reason: input.reason,
          })),
        )
      : []
    return new StepResponse(revoked, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.updateCertifications(
      before.map((certification) => ({
        id: certification.id,
        status: certification.status,
        revoked_at: certification.revoked_at,
        revocation_reason: certification.revocation_reason,
      })),
    )
  },
)
