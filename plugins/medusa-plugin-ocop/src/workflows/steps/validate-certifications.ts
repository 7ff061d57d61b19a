import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CertificationInput, CertificationRecord } from "../types"
import { certificationRecord } from "./certification-record"

/** The error of one item of a batch, named by its certificate number so the officer finds it. */
function itemError(input: CertificationInput, error: unknown): never {
  if (error instanceof MedusaError) {
    throw new MedusaError(error.type, `${input.certificate_number}: ${error.message}`, error.code)
  }
  throw error
}

/**
 * Checks a batch of council results by the same rules as one (validateCertificationStep),
 * with one lookup for all products and one for all numbers. The first bad item refuses the
 * whole batch before anything is written.
 */
export const validateCertificationsStep = createStep(
  "validate-ocop-certifications",
  async (inputs: CertificationInput[], { container }) => {
    const records: CertificationRecord[] = inputs.map((input) => {
      try {
        return certificationRecord(input)
      } catch (error) {
        return itemError(input, error)
      }
    })
    const numbers = new Set<string>()
    for (const input of inputs) {
      if (numbers.has(input.certificate_number)) {
        itemError(
          input,
          new MedusaError(
            MedusaError.Types.DUPLICATE_ERROR,
            "This number appears twice in the batch.",
          ),
        )
      }
      numbers.add(input.certificate_number)
    }
    const query = container.resolve("query")
    const productIds = [...new Set(inputs.map((input) => input.product_id))]
    const { data: products } = productIds.length
      ? await query.graph({
          entity: "product",
          fields: ["id", "ocop_listing.id"],
          filters: { id: productIds },
        })
      : { data: [] }
    const assigned = new Map(products.map((product) => [product.id, !!product.ocop_listing]))
    for (const input of inputs) {
      if (!assigned.has(input.product_id)) {
        itemError(
          input,
          new MedusaError(
            MedusaError.Types.NOT_FOUND,
            `Product ${input.product_id} not found.`,
            "product_not_found",
          ),
        )
      }
      if (!assigned.get(input.product_id)) {
        itemError(
          input,
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            "Assign the product to its producer before recording a certificate.",
            "product_unassigned",
          ),
        )
      }
    }
    const { data: taken } = numbers.size
      ? await query.graph({
          entity: "certification",
          fields: ["certificate_number"],
          filters: { certificate_number: [...numbers] },
        })
      : { data: [] }
    if (taken.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Certificate number ${taken[0].certificate_number} is already recorded.`,
      )
    }
    return new StepResponse(records)
  },
)
