import { MedusaError } from "@medusajs/framework/utils"
import {
  checkValidity,
  levelsForStars,
  productGroupFor,
  starsForScore,
} from "../../modules/ocop/lib/certification-rules"
import type { CertificationInput, CertificationRecord } from "../types"

/**
 * The record to store for a council result, by the programme's rules (stars match the score,
 * the level matches the stars, the validity rule; expiry defaulted, legacy group mapped).
 * Throws an INVALID_DATA error that names the rule broken. No I/O: the steps that call it look
 * up the product and the certificate number.
 */
export function certificationRecord(input: CertificationInput): CertificationRecord {
  const invalid = (message: string, code: string) =>
    new MedusaError(MedusaError.Types.INVALID_DATA, message, code)
  if (starsForScore(input.score) !== input.stars) {
    throw invalid(
      `A score of ${input.score} earns ${starsForScore(input.score)} stars, not ${input.stars}.`,
      "stars_not_score",
    )
  }
  const levels = levelsForStars(input.stars)
  const level = input.level ?? levels[0]
  if (!levels.includes(level)) {
    throw invalid(
      `A ${input.stars}-star result is certified at ${levels.join(" or ")} level.`,
      "level_not_stars",
    )
  }
  const issuedAt = new Date(input.issued_at)
  const validity = checkValidity({
    issued_at: issuedAt,
    expires_at: input.expires_at ? new Date(input.expires_at) : null,
    expiry_reason: input.expiry_reason,
  })
  if ("problem" in validity) throw invalid(validity.message, validity.problem)
  return {
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
    expires_at: validity.expires_at,
    expiry_reason: input.expiry_reason?.trim() || null,
  }
}
