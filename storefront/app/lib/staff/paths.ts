import { localizePath, type Locale } from "../i18n/i18n.ts"

/** The staff portal's pages, unprefixed; `staffPath` adds the locale. */
export const staffPaths = {
  home: "/staff",
  login: "/staff/login",
  claim: "/staff/claim",
  logout: "/staff/logout",
} as const

export const placePages = [
  "stock",
  "sale",
  "receipts",
  "receive",
  "stocktake",
  "transfers",
  "transfer",
  "movements",
  "shifts",
  "orders",
  "statements",
] as const
export type PlacePage = (typeof placePages)[number]

const placePageSuffix: Record<PlacePage, string> = {
  stock: "",
  sale: "/sale",
  receipts: "/receipts",
  receive: "/receive",
  stocktake: "/stocktake",
  transfers: "/transfers",
  transfer: "/transfers/new",
  movements: "/movements",
  shifts: "/shifts",
  orders: "/orders",
  statements: "/statements",
}

/** Messages shown once, on the page a successful action redirects to. */
export const staffNotices = [
  "claimed",
  "received",
  "counted",
  "transferSent",
  "transferReceived",
  "returned",
  "shiftOpened",
  "shiftClosed",
  "orderMoved",
] as const
export type StaffNotice = (typeof staffNotices)[number]

export function staffPath(path: string, locale: Locale): string {
  return localizePath(path, locale)
}

export function placePath(placeId: string, page: PlacePage, locale: Locale): string {
  return localizePath(
    `/staff/places/${encodeURIComponent(placeId)}${placePageSuffix[page]}`,
    locale,
  )
}

export function placeOrderPath(placeId: string, id: string, locale: Locale): string {
  return localizePath(
    `/staff/places/${encodeURIComponent(placeId)}/orders/${encodeURIComponent(id)}`,
    locale,
  )
}

export function receiptPath(placeId: string, orderId: string, locale: Locale): string {
  return localizePath(
    `/staff/places/${encodeURIComponent(placeId)}/receipts/${encodeURIComponent(orderId)}`,
    locale,
  )
}

/** The form that takes goods of a counter sale back (refund or exchange). */
export function returnPath(placeId: string, orderId: string, locale: Locale): string {
  return `${receiptPath(placeId, orderId, locale)}/return`
}

/** One shift of the counter: its printable close. */
export function shiftPath(placeId: string, shiftId: string, locale: Locale): string {
  return localizePath(
    `/staff/places/${encodeURIComponent(placeId)}/shifts/${encodeURIComponent(shiftId)}`,
    locale,
  )
}
