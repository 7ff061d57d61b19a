import { MedusaError } from "@medusajs/framework/utils"
import { FairRuleError } from "../../modules/ocop/lib/fair-rules"

/**
 * Runs a fair rule; its refusal becomes a 400 with the rule's code, or a 404 for an id the
 * actor may not use.
 */
export function fairRule<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    if (error instanceof FairRuleError) {
      throw new MedusaError(
        error.notFound ? MedusaError.Types.NOT_FOUND : MedusaError.Types.NOT_ALLOWED,
        error.message,
        error.code,
      )
    }
    throw error
  }
}
