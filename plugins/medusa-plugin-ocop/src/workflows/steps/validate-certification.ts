import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CertificationInput } from "../types"
import { certificationRecord } from "./certification-record"

/**
 * Checks a council result against the programme's rules before anything is written and
 * returns the record to store (expiry defaulted, legacy group mapped).
 */
export const validateCertificationStep = createStep(
  "validate-ocop-certification",
  async (input: CertificationInput, { container }) => {
    const record = certificationRecord(input)
    const query = container.resolve("query")
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "ocop_listing.id"],
      filters: { id: input.product_id },
    })
    if (!products.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product ${input.product_id} not found.`,
        "product_not_found",
      )
    }
    if (!products[0].ocop_listing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Assign the product to its producer before recording a certificate.",
        "product_unassigned",
      )
    }
    const { data: taken } = await query.graph({
      entity: "certification",
      fields: ["id"],
      filters: { certificate_number: input.certificate_number },
    })
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Certificate number ${input.certificate_number} is already recorded.`,
      )
    }
    return new StepResponse(record)
  },
)
