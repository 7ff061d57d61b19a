import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { ProducerOrder, ProducerOrderList } from "@ocop/shared"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"

type OrderRow = {
  id: string
  display_id: number
  status: string
  created_at: string | Date
  shipping_address: { province: string | null } | null
  items: {
    id: string
    product_id: string | null
    variant_id: string | null
    title: string
    product_title: string | null
    variant_title: string | null
    quantity: unknown
    unit_price: unknown
    /** The order's own record of the line, which holds its quantity. */
    detail?: { quantity: unknown } | null
  }[]
}

/**
 * One page of the ids of orders holding any of these products, newest first, and how many there
 * are. Plain SQL because paging orders by their lines' products is a join query.graph cannot
 * page (it would load every line the producer ever sold to count the orders).
 */
async function orderIdPage(
  container: MedusaContainer,
  productIds: string[],
  page: { limit: number; offset: number },
) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const holding = (builder: Knex.QueryBuilder) =>
    builder
      .whereNull("o.deleted_at")
      .whereNot("o.status", "draft")
      .whereExists((lines) =>
        lines
          .select(knex.raw("1"))
          .from("order_item as oi")
          .join("order_line_item as li", "li.id", "oi.item_id")
          .whereRaw("oi.order_id = o.id")
          .whereNull("oi.deleted_at")
          .whereNull("li.deleted_at")
          .whereIn("li.product_id", productIds),
      )
  const [rows, [{ count }]] = await Promise.all([
    holding(knex("order as o").select("o.id"))
      .orderBy([
        { column: "o.created_at", order: "desc" },
        { column: "o.id", order: "desc" },
      ])
      .limit(page.limit)
      .offset(page.offset),
    holding(knex("order as o").count({ count: "*" })),
  ])
  return { ids: (rows as { id: string }[]).map((row) => row.id), count: Number(count) }
}

/** Picked field by field, so nothing else a query returns gets out. */
function producerOrder(
  order: OrderRow,
  mine: Set<string>,
  servedFrom: (itemIds: string[]) => string[],
): ProducerOrder {
  const items = order.items.filter((item) => item.product_id && mine.has(item.product_id))
  return {
    display_id: order.display_id,
    status: order.status,
    created_at: new Date(order.created_at).toISOString(),
    province: order.shipping_address?.province ?? null,
    served_from: servedFrom(items.map((item) => item.id)),
    lines: items.map((item) => {
      const quantity = Number(item.detail?.quantity ?? item.quantity) || 0
      const unit_price = Math.round(Number(item.unit_price) || 0)
      return {
        title: item.product_title || item.title,
        variant_title: item.variant_title,
        product_id: item.product_id as string,
        variant_id: item.variant_id,
        quantity,
        unit_price,
        total: unit_price * quantity,
      }
    }),
  }
}

/** The orders that contain the producer's products, a page at a time, newest first. */
export async function producerOrders(
  container: MedusaContainer,
  producerId: string,
  page: { limit: number; offset: number },
): Promise<ProducerOrderList> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const listings = await ocop.listListings({ producer_id: producerId }, { select: ["product_id"] })
  const mine = new Set(listings.map((listing) => listing.product_id))
  if (!mine.size) return { orders: [] as ProducerOrder[], count: 0, ...page }
  const { ids, count } = await orderIdPage(container, [...mine], page)
  if (!ids.length) return { orders: [] as ProducerOrder[], count, ...page }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "created_at",
      "shipping_address.province",
      "items.id",
      "items.product_id",
      "items.variant_id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.quantity",
      "items.detail.quantity",
      "items.unit_price",
    ],
    filters: { id: ids },
  })
  const byId = new Map((data as unknown as OrderRow[]).map((order) => [order.id, order]))
  const servedFrom = await placesServing(container, ids)
  const orders = ids
    .map((id) => byId.get(id))
    .filter((order): order is OrderRow => !!order)
    .map((order) => producerOrder(order, mine, servedFrom))
  return { orders, count, ...page }
}

/**
 * The names of the places serving given order lines: each line's live assignment (a cancelled
 * one serves nothing), named by its stock location.
 */
async function placesServing(container: MedusaContainer, orderIds: string[]) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const assignments = (
    await ocop.listOrderAssignments(
      { order_id: orderIds },
      { select: ["stock_location_id", "status", "items"] },
    )
  ).filter((assignment) => assignment.status !== "cancelled")
  const locationIds = [...new Set(assignments.map((assignment) => assignment.stock_location_id))]
  const { data: locations } = locationIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "stock_location",
        fields: ["id", "name"],
        filters: { id: locationIds },
      })
    : { data: [] }
  const names = new Map(locations.map((location) => [location.id, String(location.name)]))
  const placeOfItem = new Map<string, string>()
  for (const assignment of assignments) {
    const lines = (assignment.items ?? []) as unknown as { order_item_id: string }[]
    for (const line of lines) {
      placeOfItem.set(line.order_item_id, names.get(assignment.stock_location_id) ?? "")
    }
  }
  return (itemIds: string[]) => [...new Set(itemIds.flatMap((id) => placeOfItem.get(id) || []))]
}
