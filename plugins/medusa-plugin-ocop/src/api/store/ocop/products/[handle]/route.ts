import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopperLocale } from "../../../../../lib/locale"
import { productDetail } from "./helpers"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const product = await productDetail(req.scope, req.params.handle, shopperLocale(req))
  res.json({ product })
}
