import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"

/** The producer the signed-in producer user manages; 403 until an officer approved them. */
export async function currentProducerId(req: AuthenticatedMedusaRequest): Promise<string> {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [user] = await ocop.listProducerUsers({ id: req.auth_context.actor_id })
  if (!user || user.status !== "approved" || !user.producer_id) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      user?.status === "disabled"
        ? "This producer account is disabled."
        : "This producer account is waiting for a programme officer's approval.",
    )
  }
  return user.producer_id
}

/** 404 unless the product belongs to this producer: other producers' ids look unknown. */
export async function assertOwnProduct(
  req: AuthenticatedMedusaRequest,
  producerId: string,
  productId: string,
): Promise<void> {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [listing] = await ocop.listListings({ product_id: productId, producer_id: producerId })
  if (!listing) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found.`)
  }
}
