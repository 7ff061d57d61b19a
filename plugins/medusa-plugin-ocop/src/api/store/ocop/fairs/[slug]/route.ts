import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fairCatalog } from "../../../../../lib/fair-view"
import { shopperLocale } from "../../../../../lib/locale"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [fair] = await ocop.listFairs({ slug: req.params.slug })
  if (!fair)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fair ${req.params.slug} was not found.`)
  res.json({ fair: await fairCatalog(req.scope, fair, shopperLocale(req)) })
}
