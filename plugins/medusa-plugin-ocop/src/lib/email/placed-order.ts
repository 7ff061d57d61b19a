import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type Locale } from "@ocop/shared"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import { orderById } from "../order-by-id"
import type { EmailOrderLine } from "./order-table"

/** An order line with the product it sold, to group lines by producer. */
export type PlacedLine = EmailOrderLine & {
  product_id: string | null
  /** The title as the producer wrote it (Vietnamese); `title` is in the shopper's language. */
  stored_title: string
}

/** What the order emails need of a placed order, read once. */
export type PlacedOrder = {
  id: string
  display_id: number
  email: string | null
  locale: Locale
  created_at: string
  payment_method: string | null
  item_total: number
  shipping_total: number
  total: number
  lines: PlacedLine[]
  /** The shopper's own address, for their email only; producers get the province alone. */
  address: string | null
  province: string | null
  shipping_method: string | null
  pickup_place: { name: string; address: string; commune: string; province: string } | null
}

type OrderRow = {
  id: string
  display_id: number
  email: string | null
  locale: string | null
  created_at: string | Date
  metadata: Record<string, unknown> | null
  item_total: unknown
  shipping_total: unknown
  total: unknown
  items: {
    title: string
    product_title: string | null
    variant_title: string | null
    product_id: string | null
    quantity: unknown
    unit_price: unknown
    total: unknown
    detail?: { quantity: unknown } | null
  }[]
  shipping_address: {
    address_1: string | null
    city: string | null
    province: string | null
  } | null
  shipping_methods: { name: string; shipping_option_id: string | null }[]
}

/** "en", "en-GB" → English; anything else → Vietnamese, the marketplace's first language. */
export const orderLocale = (value: unknown): Locale =>
  typeof value === "string" && value.toLowerCase().startsWith("en") ? "en" : "vi"

/** The OCOP place a pickup option hands the goods over at, or null for delivery. */
async function pickupPlace(container: MedusaContainer, optionId: string | null) {
  if (!optionId) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: [
      "type.code",
      "service_zone.fulfillment_set.type",
      "service_zone.fulfillment_set.location.id",
      "service_zone.fulfillment_set.location.name",
    ],
    filters: { id: optionId },
  })
  const option = data[0]
  const set = option?.service_zone?.fulfillment_set
  if (!set || (set.type !== "pickup" && option.type?.code !== "pickup")) return null
  const location = set.location as { id: string; name: string } | null
  if (!location) return null
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [place] = await ocop.listPlaces({ stock_location_id: location.id })
  return place
    ? {
        name: location.name,
        address: place.address,
        commune: place.commune,
        province: place.province,
      }
    : { name: location.name, address: "", commune: "", province: "" }
}

/** English titles from the English product stories, where producers wrote them. */
async function englishTitles(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return new Map<string, string>()
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const stories = await ocop.listProductStories(
    { product_id: productIds, locale: "en" },
    { select: ["product_id", "product_title"] },
  )
  return new Map(stories.map((story) => [story.product_id, story.product_title]))
}

export async function loadPlacedOrder(
  container: MedusaContainer,
  orderId: string,
): Promise<PlacedOrder | null> {
  const order = await orderById<OrderRow>(container, orderId, [
    "id",
    "display_id",
    "email",
    "locale",
    "created_at",
    "metadata",
    "item_total",
    "shipping_total",
    "total",
    "items.title",
    "items.product_title",
    "items.variant_title",
    "items.product_id",
    "items.quantity",
    "items.detail.quantity",
    "items.unit_price",
    "items.total",
    "shipping_address.address_1",
    "shipping_address.city",
    "shipping_address.province",
    "shipping_methods.name",
    "shipping_methods.shipping_option_id",
  ])
  if (!order) return null
  const locale = orderLocale(order.locale ?? order.metadata?.locale)
  const productIds = order.items.map((item) => item.product_id).filter((id): id is string => !!id)
  const titles = locale === "en" ? await englishTitles(container, productIds) : new Map()
  const method = order.shipping_methods[0]
  const address = order.shipping_address
  const payment = order.metadata?.payment_method
  return {
    id: order.id,
    display_id: order.display_id,
    email: order.email,
    locale,
    created_at: new Date(order.created_at).toISOString(),
    payment_method: typeof payment === "string" ? payment : null,
    item_total: Math.round(Number(order.item_total) || 0),
    shipping_total: Math.round(Number(order.shipping_total) || 0),
    total: Math.round(Number(order.total) || 0),
    lines: order.items.map((item) => ({
      product_id: item.product_id,
      title: (item.product_id && titles.get(item.product_id)) || item.product_title || item.title,
      stored_title: item.product_title || item.title,
      variant_title: item.variant_title,
      quantity: Number(item.detail?.quantity ?? item.quantity) || 0,
      unit_price: Math.round(Number(item.unit_price) || 0),
      total: Math.round(Number(item.total) || 0),
    })),
    address: address
      ? [address.address_1, address.city, address.province].filter(Boolean).join(", ")
      : null,
    province: address?.province ?? null,
    shipping_method: method?.name ?? null,
    pickup_place: await pickupPlace(container, method?.shipping_option_id ?? null),
  }
}
