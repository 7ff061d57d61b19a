import { MedusaError } from "@medusajs/framework/utils"
import type { ProducerRefusalCode } from "../api/refusal-codes"

/**
 * A refusal thrown inside a producer workflow, carrying the same stable `code` and `field` as a
 * route's input refusal (decision 0016), so the portal can translate it. Both are own
 * properties: they survive the workflow engine's error serialisation, and the producer routes
 * answer them as `{ type, code, field, message }` (`api/producer/refusal-response.ts`).
 */
export class ProducerRefusal extends MedusaError {
  readonly field: string

  constructor(type: string, code: ProducerRefusalCode, field: string, message: string) {
    super(type, message, code)
    this.field = field
  }
}
