import { localizePath, type Locale } from "./i18n.ts"

/** The portal's pages, unprefixed; `portalPath` adds the locale. */
export const portalPaths = {
  dashboard: "/producer",
  login: "/producer/login",
  register: "/producer/register",
  logout: "/producer/logout",
  uploads: "/producer/uploads",
  products: "/producer/products",
  newProduct: "/producer/products/new",
  stock: "/producer/stock",
  orders: "/producer/orders",
} as const

export function portalPath(path: string, locale: Locale): string {
  return localizePath(path, locale)
}

export function productPath(id: string, locale: Locale): string {
  return localizePath(`/producer/products/${encodeURIComponent(id)}`, locale)
}

export function storyPath(id: string, locale: Locale): string {
  return localizePath(`/producer/products/${encodeURIComponent(id)}/story`, locale)
}

/** The public page of a product: it answers 404 until a 3–5 star certificate lists it. */
export function publicProductPath(handle: string, locale: Locale): string {
  return localizePath(`/products/${encodeURIComponent(handle)}`, locale)
}

const portalPage = /^(?:\/en)?\/producer(?:[/?#]|$)/

/**
 * Where to go after signing in: a portal page of this site only (never another origin, never
 * a shopper page), else the dashboard.
 */
export function safeRedirect(target: string | null | undefined, locale: Locale): string {
  if (target && target.startsWith("/") && !target.startsWith("//") && !target.includes("\\")) {
    if (portalPage.test(target)) return target
  }
  return portalPath(portalPaths.dashboard, locale)
}

/** The login page, coming back to `from` afterwards. */
export function loginPath(locale: Locale, from?: string): string {
  const login = portalPath(portalPaths.login, locale)
  return from ? `${login}?${new URLSearchParams({ redirectTo: from })}` : login
}

/** The page number of a list from `?page=`; 1 for anything else. */
export function pageNumber(url: URL): number {
  const page = Number(url.searchParams.get("page"))
  return Number.isInteger(page) && page > 0 && page <= 10_000 ? page : 1
}
