import { localizePath, type Locale } from "../i18n/i18n.ts"

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
  statements: "/producer/statements",
  fairs: "/producer/fairs",
  statementsCsv: "/producer/statements.csv",
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

/** The page number of a list from `?page=`; 1 for anything else. */
export function pageNumber(url: URL): number {
  const page = Number(url.searchParams.get("page"))
  return Number.isInteger(page) && page > 0 && page <= 10_000 ? page : 1
}
