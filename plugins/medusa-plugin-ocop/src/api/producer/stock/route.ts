import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentProducerId } from "../../../lib/producer-context"
import { producerStock } from "./helpers"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producerId = await currentProducerId(req)
  res.json({ stock: await producerStock(req.scope, producerId) })
}
