import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"

/** Medusa only applies CORS to /store, /admin and /auth; the portal's prefix needs its own. */
export function portalCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const config: ConfigModule = req.scope.resolve("configModule")
  return cors({
    origin: parseCorsOrigins(config.projectConfig.http.storeCors),
    credentials: true,
  })(req, res, next)
}
