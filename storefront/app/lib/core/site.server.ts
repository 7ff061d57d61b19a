import { getEnv } from "./env.server.ts"
import { siteOrigin } from "../catalogue/sitemap.ts"

/**
 * The absolute public URL of an app path: on STOREFRONT_URL when set (behind a proxy the
 * request's own host is internal), else on the request's origin. Canonical links, hreflang,
 * JSON-LD and the certificate QR code all use it.
 */
export function publicUrl(request: Request, path: string): string {
  return new URL(path, siteOrigin(getEnv().STOREFRONT_URL, request.url)).href
}

export function publicOrigin(request: Request): string {
  return siteOrigin(getEnv().STOREFRONT_URL, request.url)
}
