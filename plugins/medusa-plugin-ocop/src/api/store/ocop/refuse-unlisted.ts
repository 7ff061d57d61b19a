import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listedProductIds } from "../../../lib/gate"

export async function refuseUnlistedStoreProduct(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const listed = await listedProductIds(req.scope, [req.params.id])
  if (!listed.has(req.params.id)) {
    return next(
      new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`),
    )
  }
  next()
}
