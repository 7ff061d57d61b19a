// The programme dashboard (GET /admin/ocop/dashboard): the figures officers monitor the
// programme by. Amounts in whole đồng; days are Vietnamese calendar days (UTC+7).

/** Products with a valid certificate now, per star level and product group. */
export type CertifiedCell = { stars: number; product_group: string; products: number }

/** Certificates issued in a month of the period (YYYY-MM), per star level. */
export type CertifiedMonth = { month: string; stars: number; certificates: number }

/** A product's current certificate that ends within the next 90 days. */
export type ExpiringCertificate = {
  certificate_number: string
  product_id: string
  product: string
  producer: string
  stars: number
  expires_at: string
  days_left: number
}

/** A certificate revoked since 1 January of this year. */
export type RevokedCertificate = {
  certificate_number: string
  product_id: string
  product: string
  producer: string
  stars: number
  revoked_at: string
  revocation_reason: string | null
}

/** Sales in the period (counter sales, net of returns, and online orders handed over). */
export type SalesFigure = { key: string; label: string; units: number; amount: number }

/** A place with listed products at or below their low-stock threshold. */
export type LowStockPlace = {
  place_id: string
  place: string
  province: string
  low_items: number
}

/** A producer with listed products and no sales in the period. */
export type UnsoldProducer = {
  producer_id: string
  producer: string
  province: string
  listed_products: number
}

export type DashboardTables = {
  certified: CertifiedCell[]
  certified_by_month: CertifiedMonth[]
  expiring: ExpiringCertificate[]
  revoked: RevokedCertificate[]
  sales_by_province: SalesFigure[]
  sales_by_place: SalesFigure[]
  sales_by_group: SalesFigure[]
  sales_by_stars: SalesFigure[]
  top_products: SalesFigure[]
  low_stock: LowStockPlace[]
  unsold_producers: UnsoldProducer[]
}

export type DashboardTable = keyof DashboardTables

export type DashboardResponse = {
  period: { from: string; to: string }
  tables: DashboardTables
}

/** Every table of the dashboard, in the order the page shows them (each one a CSV). */
export const DASHBOARD_TABLES = [
  "certified",
  "certified_by_month",
  "expiring",
  "revoked",
  "sales_by_province",
  "sales_by_place",
  "sales_by_group",
  "sales_by_stars",
  "top_products",
  "low_stock",
  "unsold_producers",
] as const satisfies readonly DashboardTable[]
