import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE, type StockActor } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"

/** The signed-in organiser's own fair; another organiser's fair answers 404. */
export async function ownFair(req: AuthenticatedMedusaRequest, fairId: string) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [fair] = await ocop.listFairs({ id: fairId, organizer_id: req.auth_context.actor_id })
  if (!fair) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fair ${fairId} was not found.`)
  return fair
}

/** A booth of this fair; a booth of any other fair answers 404. */
export async function fairBooth(req: AuthenticatedMedusaRequest, fairId: string, boothId: string) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [booth] = await ocop.listFairBooths({ id: boothId, fair_id: fairId })
  if (!booth) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Booth ${boothId} was not found.`)
  return booth
}

/** The name the signed-in organiser's stock changes are made in. */
export const organizerActor = (req: AuthenticatedMedusaRequest): StockActor => ({
  type: "organizer",
  id: req.auth_context.actor_id,
})
