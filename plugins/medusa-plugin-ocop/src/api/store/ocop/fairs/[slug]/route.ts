import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { fairCatalog } from "../../../../../lib/fair-view"
import { fairStock } from "../../../../../lib/fair-stock"
import { shopperLocale } from "../../../../../lib/locale"
import { cachedRead, ReadCacheTags } from "../../../../../lib/read-cache"
import { fairStatus } from "../../../../../modules/ocop/lib/fair-rules"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../../modules/ocop/service"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [fair] = await ocop.listFairs({ slug: req.params.slug })
  if (!fair)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Fair ${req.params.slug} was not found.`)
  const locale = shopperLocale(req)
  const catalog = await cachedRead(
    req.scope,
    {
      key: { path: "fair", id: fair.id, locale },
      tags: [ReadCacheTags.catalog, ReadCacheTags.fairs],
      res,
    },
    () => fairCatalog(req.scope, fair, locale),
  )
  // Its status is the clock's, never held.
  const status = fairStatus(fair)
  // Stock moves with every sale: held apart from the catalog, cleared by every stock workflow.
  const productIds = catalog.booths.flatMap((booth) => booth.products.map((product) => product.id))
  const stock = await cachedRead(
    req.scope,
    {
      key: { path: "fair-stock", id: fair.id, status },
      tags: [ReadCacheTags.stock, ReadCacheTags.catalog, ReadCacheTags.fairs, ReadCacheTags.places],
    },
    () =>
      fairStock(
        req.scope,
        { status, stock_location_id: catalog.place?.stock_location_id ?? null },
        productIds,
      ),
  )
  res.json({ fair: { ...catalog, status, ...stock } })
}
