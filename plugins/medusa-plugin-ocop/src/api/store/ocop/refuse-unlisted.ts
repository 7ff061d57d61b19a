import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listedProductIds } from "../../../lib/gate"
import { pruneUnlisted, referencesIn } from "../../../lib/unlisted-in-response"

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

/**
 * Every other store read that can carry products (lists of products and variants, collections,
 * categories): the body is checked against the gate at this instant before it is sent, and
 * products (or variants) whose certificate lapsed since their status was last refreshed are
 * left out, so no store path depends on the expiry job's timing.
 */
export function hideUnlistedProducts(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    checkAgainstGate(req, body)
      .then(({ refused }) =>
        refused ? next(notFound("Product", req.params.id ?? "")) : send(body),
      )
      .catch(next)
    return res
  }) as MedusaResponse["json"]
  next()
}

async function checkAgainstGate(req: MedusaRequest, body: unknown) {
  const { products, bareVariants } = referencesIn(body)
  const variantProducts = new Map<string, string>()
  if (bareVariants.size) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product_id"],
      filters: { id: [...bareVariants] },
    })
    for (const variant of data) {
      variantProducts.set(variant.id as string, variant.product_id as string)
      products.add(variant.product_id as string)
    }
  }
  const listed = await listedProductIds(req.scope, [...products])
  return pruneUnlisted(body, listed, variantProducts)
}
