import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { currentProducerId } from "../../lib/producer-context"
import type { ProducerListType } from "./validators"

type Page = { limit: number; offset: number }

/**
 * The `GET` of a list of the producer's own (`/producer/orders`, `/producer/products`): the page
 * asked for of what `read` finds for the signed-in producer, never another producer's rows.
 */
export const ownPageRoute =
  <T>(read: (container: MedusaContainer, producerId: string, page: Page) => Promise<T>) =>
  async (req: AuthenticatedMedusaRequest<unknown, ProducerListType>, res: MedusaResponse) => {
    const producerId = await currentProducerId(req)
    const { limit, offset } = req.validatedQuery
    res.json(await read(req.scope, producerId, { limit, offset }))
  }
