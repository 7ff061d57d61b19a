import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairSummary } from "../../../../lib/fair-view"
import { shopperLocale } from "../../../../lib/locale"
import { OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"

/** Fairs: live, upcoming and past, soonest first within each. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const fairs = await ocop.listFairs({}, { order: { starts_at: "ASC" }, take: 500 })
  const locale = shopperLocale(req)
  const all = fairs.map((fair) => fairSummary(fair, locale))
  res.json({
    live: all.filter((fair) => fair.status === "live"),
    upcoming: all.filter((fair) => fair.status === "upcoming"),
    past: all.filter((fair) => fair.status === "ended").reverse(),
  })
}
