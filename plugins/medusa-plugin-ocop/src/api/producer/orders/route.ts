import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentProducerId } from "../../../lib/producer-context"
import { producerOrders } from "./helpers"
import type { ProducerListType } from "../validators"

export async function GET(
  req: AuthenticatedMedusaRequest<unknown, ProducerListType>,
  res: MedusaResponse,
) {
  const producerId = await currentProducerId(req)
  const { limit, offset } = req.validatedQuery
  res.json(await producerOrders(req.scope, producerId, { limit, offset }))
}
