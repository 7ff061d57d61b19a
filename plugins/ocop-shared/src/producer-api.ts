/**
 * The producer portal API of the OCOP backend (GET /producer/...): what the plugin's routes
 * answer and the storefront's producer portal reads.
 */

import type { Locale, ProducerUserStatus } from "./vocabulary.js"

/**
 * A product's story in one language as its producer wrote it: the portal edits it, the
 * search index reads it.
 */
export type StoryText = {
  locale: Locale
  product_title: string
  product_description: string | null
  title: string
  /** HTML, sanitised by the backend when it was saved. */
  body: string
  origin_place: string | null
}

/**
 * A producer user's account, as the officers' API (`/admin/ocop/producer-users`) and the
 * producer portal (`/producer/me`) both show it; each adds what its readers need.
 */
export type ProducerUserAccount = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  status: ProducerUserStatus
  requested_producer_name: string | null
  requested_registration_number: string | null
}

/** A line of the producer's own in an order; prices in whole đồng. */
export type ProducerOrderLine = {
  title: string
  variant_title: string | null
  product_id: string
  variant_id: string | null
  quantity: number
  unit_price: number
  total: number
}

/**
 * What a producer sees of an order holding their products: its display number, status, date,
 * the province it is delivered to, and their own lines — never the order's id (it names the
 * shopper's order on the store API), the shopper's name, email, phone or street address, nor
 * another producer's lines.
 */
export type ProducerOrder = {
  display_id: number
  status: string
  created_at: string
  /** The delivery province; null for a pickup or a counter sale. */
  province: string | null
  /** The places serving the producer's lines (a pickup centre, or where a delivery leaves). */
  served_from: string[]
  lines: ProducerOrderLine[]
}

/** `GET /producer/orders`: a page of the producer's orders, newest first. */
export type ProducerOrderList = {
  orders: ProducerOrder[]
  count: number
  limit: number
  offset: number
}
