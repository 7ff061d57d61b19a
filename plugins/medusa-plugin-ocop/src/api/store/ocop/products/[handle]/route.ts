import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productDetail } from "../../../../../lib/store-product-detail"
import type { StoreLocaleType } from "../../validators"

export async function GET(req: MedusaRequest<unknown, StoreLocaleType>, res: MedusaResponse) {
  const product = await productDetail(req.scope, req.params.handle, req.validatedQuery.locale)
  res.json({ product })
}
