import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_REFUSAL_CODES, type ProducerRefusalCode } from "../refusal-codes"

type Refusal = { type: string; code: ProducerRefusalCode; field: string; message: string }

const STATUS: Record<string, number> = {
  [MedusaError.Types.INVALID_DATA]: 400,
  [MedusaError.Types.NOT_FOUND]: 404,
  [MedusaError.Types.DUPLICATE_ERROR]: 409,
}

const isRefusalCode = (code: unknown): code is ProducerRefusalCode =>
  PRODUCER_REFUSAL_CODES.some((known) => known === code)

/**
 * A workflow error as the refusal the portal translates (decision 0016): a `ProducerRefusal`
 * (`workflows/refusal.ts`, its code and field kept through the workflow engine), or Medusa's
 * own refusal of a product address in use, which becomes `handle_taken`.
 */
export function refusalOf(error: unknown): Refusal | undefined {
  if (!MedusaError.isMedusaError(error)) return undefined
  const { type, message } = error
  const field = (error as { field?: unknown }).field
  if (isRefusalCode(error.code) && typeof field === "string" && STATUS[type]) {
    return { type, code: error.code, field, message }
  }
  const duplicate = type === MedusaError.Types.DUPLICATE_ERROR || /exist/i.test(message)
  if (/handle/i.test(message) && duplicate) {
    return { type: "duplicate_error", code: "handle_taken", field: "handle", message }
  }
  return undefined
}

/** Runs a producer write, answering its refusals with `{ type, code, field, message }`. */
export async function answerRefusals(res: MedusaResponse, write: () => Promise<void>) {
  try {
    await write()
  } catch (error) {
    const refusal = refusalOf(error)
    if (!refusal) throw error
    res.status(STATUS[refusal.type] ?? 409).json(refusal)
  }
}
