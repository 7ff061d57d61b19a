import type { MedusaContainer } from "@medusajs/framework/types"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import type { PlacedLine, PlacedOrder } from "./placed-order"
import { producerRecipients } from "./recipients"
import type { EmailNotification } from "./send"
import { EMAILS } from "./templates"

const line = ({ title, variant_title, quantity, unit_price, total }: PlacedLine) => ({
  title,
  variant_title,
  quantity,
  unit_price,
  total,
})

/** The shopper's confirmation, with the order's access token for the link (wiped once sent). */
export function shopperOrderEmail(
  order: PlacedOrder,
  accessToken: string,
): EmailNotification | null {
  if (!order.email) return null
  return {
    to: order.email,
    template: EMAILS.orderPlaced,
    locale: order.locale,
    trigger_type: "order.placed",
    resource_id: order.id,
    resource_type: "order",
    idempotency_key: `ocop-order-placed-${order.id}`,
    data: {
      display_id: order.display_id,
      order_id: order.id,
      access_token: accessToken,
      placed_at: order.created_at,
      lines: order.lines.map(line),
      item_total: order.item_total,
      shipping_total: order.shipping_total,
      total: order.total,
      payment_method: order.payment_method,
      shipping: {
        kind: order.pickup_place ? "pickup" : "delivery",
        method: order.shipping_method,
        address: order.address,
        place: order.pickup_place,
      },
    },
  }
}

/** Each producer's lines of the order, by producer id (lines of products outside OCOP left out). */
export function linesByProducer(
  lines: PlacedLine[],
  producerOf: Map<string, string>,
): Map<string, PlacedLine[]> {
  const grouped = new Map<string, PlacedLine[]>()
  for (const row of lines) {
    const producerId = row.product_id ? producerOf.get(row.product_id) : undefined
    if (!producerId) continue
    grouped.set(producerId, [...(grouped.get(producerId) ?? []), row])
  }
  return grouped
}

/**
 * One email per user of each producer with products in the order: their own lines (titles as
 * they wrote them), the display number, the date and the province it goes to (or the pickup
 * place) — never the shopper's name, email, phone or street address.
 */
export async function producerOrderEmails(
  container: MedusaContainer,
  order: PlacedOrder,
): Promise<EmailNotification[]> {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const productIds = order.lines.map((row) => row.product_id).filter((id): id is string => !!id)
  if (!productIds.length) return []
  const listings = await ocop.listListings(
    { product_id: productIds },
    { select: ["product_id"], relations: ["producer"] },
  )
  const producerOf = new Map(listings.map((row) => [row.product_id, row.producer.id]))
  const names = new Map(listings.map((row) => [row.producer.id, row.producer.name]))
  const emails: EmailNotification[] = []
  for (const [producerId, lines] of linesByProducer(order.lines, producerOf)) {
    for (const recipient of await producerRecipients(container, producerId)) {
      emails.push({
        to: recipient.email,
        template: EMAILS.producerOrder,
        locale: recipient.locale,
        trigger_type: "order.placed",
        resource_id: producerId,
        resource_type: "ocop_producer",
        idempotency_key: `ocop-producer-order-${order.id}-${recipient.email}`,
        data: {
          display_id: order.display_id,
          placed_at: order.created_at,
          producer_name: names.get(producerId) ?? "",
          lines: lines.map((row) => line({ ...row, title: row.stored_title })),
          province: order.pickup_place ? null : order.province,
          pickup_place: order.pickup_place?.name ?? null,
        },
      })
    }
  }
  return emails
}
