import type { MedusaRequest } from "@medusajs/framework/http"
import type { Locale } from "@ocop/shared"

/**
 * The shopper's language: Medusa reads `?locale=` or the `x-medusa-locale` header into
 * `req.locale`; Vietnamese unless English was asked for.
 */
export function shopperLocale(req: MedusaRequest): Locale {
  return req.locale?.toLowerCase().startsWith("en") ? "en" : "vi"
}
