import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fairSummary } from "../../../../lib/fair-view"
import { shopperLocale } from "../../../../lib/locale"
import { cachedRead, ReadCacheTags } from "../../../../lib/read-cache"
import { OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"

/** Fairs: live, upcoming and past, soonest first within each. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const locale = shopperLocale(req)
  const fairs = await cachedRead(
    req.scope,
    { key: { path: "fairs" }, tags: [ReadCacheTags.fairs], res },
    async () => ({ fairs: await ocop.listFairs({}, { order: { starts_at: "ASC" }, take: 500 }) }),
  )
  // Live, upcoming or ended is decided now from the dates, never held.
  const all = fairs.fairs.map((fair) => fairSummary(fair, locale))
  res.json({
    live: all.filter((fair) => fair.status === "live"),
    upcoming: all.filter((fair) => fair.status === "upcoming"),
    past: all.filter((fair) => fair.status === "ended").reverse(),
  })
}
