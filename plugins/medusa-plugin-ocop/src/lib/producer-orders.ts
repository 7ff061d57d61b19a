import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"

type LineRow = {
  id: string
  title: string
  variant_title: string | null
  product_id: string
  variant_id: string | null
  unit_price: number
}
type OrderItemRow = {
  item_id: string
  quantity: number
  order: ProducerOrder | null
}

/** What a producer sees of an order: its display number, status and date, nothing else. */
type ProducerOrder = { display_id: number; status: string; created_at: string }

/** Picked field by field, so nothing else a query returns (such as keys it adds) gets out. */
const producerOrder = ({ display_id, status, created_at }: ProducerOrder): ProducerOrder => ({
  display_id,
  status,
  created_at,
})

/**
 * The lines of orders that contain the producer's products — only their own lines, and no
 * shopper's personal data: what sold, how many, when, in which order number. Never the order's
 * id: it names the shopper's order on the store API.
 */
export async function producerOrderLines(
  container: MedusaContainer,
  producerId: string,
  page: { limit: number; offset: number },
) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const listings = await ocop.listListings({ producer_id: producerId }, { select: ["product_id"] })
  if (!listings.length) return { lines: [], count: 0, ...page }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: lines, metadata } = await query.graph({
    entity: "order_line_item",
    fields: [
      "id",
      "title",
      "variant_title",
      "product_id",
      "variant_id",
      "unit_price",
      "created_at",
    ],
    filters: { product_id: listings.map((listing) => listing.product_id) },
    pagination: { take: page.limit, skip: page.offset, order: { created_at: "DESC" } },
  })
  const rows = lines as LineRow[]
  const { data: items } = rows.length
    ? await query.graph({
        entity: "order_item",
        fields: ["item_id", "quantity", "order.display_id", "order.status", "order.created_at"],
        filters: { item_id: rows.map((line) => line.id) },
      })
    : { data: [] }
  const itemOf = new Map((items as OrderItemRow[]).map((item) => [item.item_id, item]))
  return {
    lines: rows.map((line) => {
      const item = itemOf.get(line.id)
      return {
        ...line,
        unit_price: Number(line.unit_price),
        quantity: Number(item?.quantity ?? 0),
        order: item?.order ? producerOrder(item.order) : null,
      }
    }),
    count: metadata?.count ?? rows.length,
    ...page,
  }
}
