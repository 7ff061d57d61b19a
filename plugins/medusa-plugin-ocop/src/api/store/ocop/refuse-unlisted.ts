import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listedProductIds } from "../../../lib/gate"

// Defence in depth: core store routes already hide unpublished products; these also hide a
// product whose certificate expired a moment ago, before the expiry job has run.

const notFound = (what: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${id} was not found`)

export async function refuseUnlistedStoreProduct(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const listed = await listedProductIds(req.scope, [req.params.id])
  next(listed.has(req.params.id) ? undefined : notFound("Product", req.params.id))
}

export async function refuseUnlistedStoreVariant(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: req.params.id },
  })
  const productId = variants[0]?.product_id as string | undefined
  const listed = productId ? await listedProductIds(req.scope, [productId]) : new Set<string>()
  next(productId && listed.has(productId) ? undefined : notFound("Variant", req.params.id))
}
