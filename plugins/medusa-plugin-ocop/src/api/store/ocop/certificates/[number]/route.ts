import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { cachedRead, ReadCacheTags } from "../../../../../lib/read-cache"
import { certificationState } from "../../../../../modules/ocop/lib/certification-rules"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"

/**
 * Public verification — the target of the QR code on packaging. Answers for active, expired
 * and revoked certificates alike, so a shopper can tell a lapsed label from a valid one.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { number } = req.params
  const { certificate } = await cachedRead(
    req.scope,
    { key: { path: "certificate", number }, tags: [ReadCacheTags.catalog], res },
    () => verification(req.scope, number),
  )
  // Active or expired is the clock's, never held; a revocation clears the entry.
  const status = certificate.state === "revoked" ? "revoked" : "active"
  res.json({
    certificate: { ...certificate, state: certificationState({ ...certificate, status }) },
  })
}

async function verification(scope: MedusaContainer, number: string) {
  const ocop: OcopModuleService = scope.resolve(OCOP_MODULE)
  const [certification] = await ocop.listCertifications({ certificate_number: number })
  if (!certification) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No certificate numbered ${number}.`)
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, listings] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["title", "handle"],
      filters: { id: certification.product_id },
    }),
    ocop.listListings({ product_id: certification.product_id }, { relations: ["producer"] }),
  ])
  const producer = listings[0]?.producer
  return {
    certificate: {
      certificate_number: certification.certificate_number,
      decision_number: certification.decision_number,
      stars: certification.stars,
      score: certification.score,
      level: certification.level,
      product_group: certification.product_group,
      issuing_authority: certification.issuing_authority,
      issued_at: certification.issued_at,
      expires_at: certification.expires_at,
      state: certificationState(certification),
      revoked_at: certification.revoked_at,
      revocation_reason: certification.revocation_reason,
      product: products[0] ? { title: products[0].title, handle: products[0].handle } : null,
      producer: producer ? { name: producer.name, province: producer.province } : null,
    },
  }
}
