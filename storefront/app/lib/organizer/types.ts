import type { FairSummary } from "@ocop/shared"

/** The organiser API's answers (`api/organizer/**` of the OCOP plugin), as the portal reads them. */

export type OrganizerUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

/** The organiser's fairs are summed up as the shop sums up any fair. */
export type OrganizerFairSummary = FairSummary

export type FairProduct = {
  id: string
  title: string
  handle?: string
  stars?: number | null
}

export type FairBooth = {
  id: string
  number: string
  producer: { id: string; handle: string; name: string; province: string } | null
  products: FairProduct[]
}

export type LinkedPlace = { id: string; name: string }

export type OrganizerFair = OrganizerFairSummary & {
  name_en?: string | null
  booths: FairBooth[]
  linked_places: LinkedPlace[]
}

export type FairStockRow = {
  inventory_item_id: string
  variant_id: string | null
  product_id: string | null
  title: string
  stocked: number
  available: number
}

export type FairSale = { order_id: string; variant_id: string; quantity: number; sold_at: string }
export type FairSales = { sales: FairSale[]; units: number }
