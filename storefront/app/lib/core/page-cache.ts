/**
 * Which storefront pages a shared cache (a CDN, a reverse proxy) may hold (decision 0024).
 * Only the public catalogue pages, only for a visitor with no cookie at all (no cart, no
 * session: nothing on the page is theirs), only a 200 that sets no cookie. Everything else —
 * signed-in pages, the cart and checkout, the portals, errors — is `private, no-store`.
 */

/** How long a shared cache serves a page fresh, then stale while it fetches a new one. */
export const SHARED_MAX_AGE_SECONDS = 30
export const STALE_WHILE_REVALIDATE_SECONDS = 30

export const PUBLIC_PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`
export const PRIVATE_PAGE_CACHE_CONTROL = "private, no-store"

/** Home, listing, product, producer, places, fairs and a fair, certificate check; /en too. */
const publicPages = [
  /^\/$/,
  /^\/products$/,
  /^\/products\/[^/]+$/,
  /^\/producers\/[^/]+$/,
  /^\/places$/,
  /^\/fairs$/,
  /^\/fairs\/[^/]+$/,
  /^\/verify\/[^/]+$/,
]

export function isPublicPage(pathname: string): boolean {
  const path = pathname.replace(/^\/en(?=\/|$)/, "") || "/"
  return publicPages.some((page) => page.test(path))
}

/** The Cache-Control of a rendered page. */
export function pageCacheControl(
  request: Request,
  status: number,
  responseHeaders: Headers,
): string {
  const anonymous = !request.headers.get("cookie")
  const shareable =
    request.method.toUpperCase() === "GET" &&
    status === 200 &&
    anonymous &&
    !responseHeaders.has("set-cookie") &&
    isPublicPage(new URL(request.url).pathname)
  return shareable ? PUBLIC_PAGE_CACHE_CONTROL : PRIVATE_PAGE_CACHE_CONTROL
}
