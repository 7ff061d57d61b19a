import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { certificationState } from "../../../../../modules/ocop/lib/certification-rules"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import { isListedNow, listingVerdict } from "../../../../../modules/ocop/lib/listed-now"
import type OcopModuleService from "../../../../../modules/ocop/service"

/**
 * A product's OCOP file: producer, listing state, certificate history and stories. The gate's
 * verdicts come with it (`verdict`: listed now or why not, `listed_now`, each certificate's
 * `state`), so the admin never recomputes them.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const product_id = req.params.id
  const { data: products } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id"],
    filters: { id: product_id },
  })
  if (!products.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product ${product_id} was not found.`,
      "product_not_found",
    )
  }
  const [listings, certifications, stories] = await Promise.all([
    ocop.listListings({ product_id }, { relations: ["producer"] }),
    ocop.listCertifications({ product_id }, { order: { issued_at: "DESC" } }),
    ocop.listProductStories({ product_id }),
  ])
  res.json({
    verdict: listingVerdict(listings[0], certifications),
    listing: listings[0] ? { ...listings[0], listed_now: isListedNow(listings[0]) } : null,
    certifications: certifications.map((cert) => ({ ...cert, state: certificationState(cert) })),
    stories,
  })
}
