import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { producerProductRows } from "./helpers"
import { currentProducerId } from "../../../lib/producer-context"
import { createProducerProductWorkflow } from "../../../workflows/producer-products"
import type { ProducerCreateProductType, ProducerListType } from "../validators"

/** The producer's own products with their certificate state and expiry. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ProducerListType>,
  res: MedusaResponse,
) {
  const producerId = await currentProducerId(req)
  const { limit, offset } = req.validatedQuery
  res.json(await producerProductRows(req.scope, producerId, { limit, offset }))
}

export async function POST(
  req: AuthenticatedMedusaRequest<ProducerCreateProductType>,
  res: MedusaResponse,
) {
  const producerId = await currentProducerId(req)
  try {
    const { result } = await createProducerProductWorkflow(req.scope).run({
      input: { producer_id: producerId, product: req.validatedBody },
    })
    res.status(201).json({ product: result[0] })
  } catch (error) {
    // Medusa's own refusal of a handle in use, with the code the portal translates.
    if (MedusaError.isMedusaError(error) && /handle/i.test(error.message)) {
      if (error.type === MedusaError.Types.DUPLICATE_ERROR || /exist/i.test(error.message)) {
        res.status(409).json({
          type: "duplicate_error",
          code: "handle_taken",
          field: "handle",
          message: error.message,
        })
        return
      }
    }
    throw error
  }
}
