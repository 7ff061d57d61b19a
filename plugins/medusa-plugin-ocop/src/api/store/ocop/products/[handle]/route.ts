import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopperLocale } from "../../../../../lib/locale"
import { cachedRead, ReadCacheTags } from "../../../../../lib/read-cache"
import { productDetail } from "./helpers"

/** A product's page, cached with its availability (so stock changes clear it too). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { handle } = req.params
  const locale = shopperLocale(req)
  const { product } = await cachedRead(
    req.scope,
    {
      key: { path: "product", handle, locale },
      tags: [ReadCacheTags.catalog, ReadCacheTags.stock],
      res,
    },
    async () => ({ product: await productDetail(req.scope, handle, locale) }),
  )
  res.json({ product })
}
