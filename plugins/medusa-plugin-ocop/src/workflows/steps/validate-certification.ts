import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  checkValidity,
  levelsForStars,
  productGroupFor,
  starsForScore,
} from "../../modules/ocop/lib/certification-rules"
import type { CertificationInput, CertificationRecord } from "../types"

/**
 * Checks a council result against the programme's rules before anything is written and
 * returns the record to store (expiry defaulted, legacy group mapped).
 */
export const validateCertificationStep = createStep(
  "validate-ocop-certification",
  async (input: CertificationInput, { container }) => {
    const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
    if (starsForScore(input.score) !== input.stars) {
      throw invalid(
        `A score of ${input.score} earns ${starsForScore(input.score)} stars, not ${input.stars}.`,
      )
    }
    const levels = levelsForStars(input.stars)
    const level = input.level ?? levels[0]
    if (!levels.includes(level)) {
      throw invalid(`A ${input.stars}-star result is certified at ${levels.join(" or ")} level.`)
    }
    const issuedAt = new Date(input.issued_at)
    const validity = checkValidity({
      issued_at: issuedAt,
      expires_at: input.expires_at ? new Date(input.expires_at) : null,
      expiry_reason: input.expiry_reason,
    })
    if ("problem" in validity) throw invalid(validity.message)
    const expiresAt = validity.expires_at

    const query = container.resolve("query")
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "ocop_listing.id"],
      filters: { id: input.product_id },
    })
    if (!products.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} not found.`)
    }
    if (!products[0].ocop_listing) {
      throw invalid("Assign the product to its producer before recording a certificate.")
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

    const record: CertificationRecord = {
      product_id: input.product_id,
      certificate_number: input.certificate_number,
      decision_number: input.decision_number,
      issuing_authority: input.issuing_authority,
      stars: input.stars,
      score: input.score,
      level,
      product_group: productGroupFor(input.product_group),
      product_subgroup: input.product_subgroup ?? null,
      legacy_group:
        input.product_group === productGroupFor(input.product_group) ? null : input.product_group,
      issued_at: issuedAt,
      expires_at: expiresAt,
      expiry_reason: input.expiry_reason?.trim() || null,
    }
    return new StepResponse(record)
  },
)
