import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { gateVersion } from "../../../../lib/gate"

/** The gate's current fingerprint: a client rebuilds what it derived from listings when it changes. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "no-store")
  res.json({ version: await gateVersion(req.scope) })
}
