import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import { returnedByItem } from "../../../../../modules/ocop/lib/counter-rules"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { bankTransferDetails } from "../../../../../lib/bank-transfer/vietqr"
import {
  COUNTER_SALE_LINE_FIELDS,
  type CounterSaleLine,
} from "../../../../../lib/counter-sale-lines"

type Place = { id: string; stock_location_id: string; sales_channel_id?: string | null }
type OrderRow = {
  id: string
  display_id: number | null
  created_at: string | Date
  metadata?: Record<string, unknown> | null
  items?: (CounterSaleLine & { variant_sku: string | null })[] | null
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "metadata",
  ...COUNTER_SALE_LINE_FIELDS,
  "items.variant_sku",
]

/**
 * A place's counter sales, newest first: the orders of its counter's sales channel, each as its
 * receipt (lines in whole đồng, total, payment method, staff member, time, place, and the
 * returns made of it: lines, refund and any exchange).
 */
export async function listCounterSales(
  container: MedusaContainer,
  place: Place,
  page: { limit: number; offset: number },
) {
  if (!place.sales_channel_id) return { counter_sales: [], count: 0 }
  const { data, metadata } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { sales_channel_id: place.sales_channel_id },
    pagination: { take: page.limit, skip: page.offset, order: { created_at: "DESC" } },
  })
  return {
    counter_sales: await receipts(container, place, data as OrderRow[]),
    count: metadata?.count ?? data.length,
  }
}

/** One counter sale of this place; another place's sale (or any other order) answers 404. */
export async function counterSale(container: MedusaContainer, place: Place, id: string) {
  const { data } = place.sales_channel_id
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ORDER_FIELDS,
        filters: { id, sales_channel_id: place.sales_channel_id },
      })
    : { data: [] }
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Counter sale ${id} was not found.`)
  }
  return (await receipts(container, place, data as OrderRow[]))[0]
}

async function receipts(container: MedusaContainer, place: Place, orders: OrderRow[]) {
  if (!orders.length) return []
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const staffIds = [...new Set(orders.map((order) => staffIdOf(order)).filter(Boolean))]
  const exchangeOfIds = orders.map(exchangeOfId).filter((id): id is string => !!id)
  const [staff, { data: locations }, returns, settled] = await Promise.all([
    staffIds.length ? ocop.listStaffUsers({ id: staffIds as string[] }) : Promise.resolve([]),
    container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "stock_location",
      fields: ["id", "name"],
      filters: { id: place.stock_location_id },
    }),
    ocop.listCounterReturns(
      { order_id: orders.map((order) => order.id) },
      { order: { created_at: "ASC" } },
    ),
    exchangeOfIds.length ? ocop.listCounterReturns({ id: exchangeOfIds }) : Promise.resolve([]),
  ])
  const placeName = (locations[0]?.name as string | undefined) ?? ""
  return orders.map((order) => {
    const ofOrder = returns.filter((entry) => entry.order_id === order.id)
    const returned = returnedByItem(ofOrder)
    const items = (order.items ?? []).map((item) => ({
      id: item.id,
      variant_id: item.variant_id,
      sku: item.variant_sku,
      title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" — "),
      // An order line's quantity lives on its detail; `quantity` is filled only on some reads.
      quantity: Number(item.detail?.quantity ?? item.quantity),
      unit_price: Math.round(Number(item.unit_price)),
      returned_quantity: returned.get(item.id) ?? 0,
    }))
    const person = staff.find((member) => member.id === staffIdOf(order))
    const total = items.reduce((sum, item) => sum + item.unit_price * item.quantity, 0)
    const paymentMethod =
      order.metadata?.payment_method === "bank_transfer" ? "bank_transfer" : "cash"
    return {
      id: order.id,
      display_id: order.display_id ?? null,
      created_at: new Date(order.created_at).toISOString(),
      place: { id: place.id, name: placeName },
      payment_method: paymentMethod,
      staff: person
        ? {
            id: person.id,
            email: person.email,
            name: [person.first_name, person.last_name].filter(Boolean).join(" ") || null,
          }
        : null,
      currency_code: "vnd",
      items,
      total,
      // Paid by transfer at the counter: the VietQR code the shopper scans, for this amount.
      transfer:
        paymentMethod === "bank_transfer" && order.display_id && total > 0
          ? bankTransferDetails({ display_id: order.display_id, total })
          : null,
      returns: ofOrder.map((entry) => ({
        id: entry.id,
        created_at: new Date(entry.created_at).toISOString(),
        payment_method: entry.payment_method,
        items: entry.lines.map((line) => ({
          item_id: line.item_id,
          variant_id: line.variant_id,
          title: line.title,
          quantity: line.quantity,
          unit_price: line.unit_price,
        })),
        refund_total: entry.refund_total,
        exchange: entry.exchange_order_id
          ? { order_id: entry.exchange_order_id, total: entry.exchange_total }
          : null,
        // Positive: the customer pays the difference; negative: the counter gives it back.
        balance: entry.exchange_total - entry.refund_total,
      })),
      refunded_total: ofOrder.reduce((sum, entry) => sum + entry.refund_total, 0),
      exchange_of:
        settled
          .filter((entry) => entry.id === exchangeOfId(order))
          .map((entry) => ({ return_id: entry.id, order_id: entry.order_id }))[0] ?? null,
    }
  })
}

/** The return an exchange sale settles, from the sale's metadata. */
function exchangeOfId(order: OrderRow) {
  const id = order.metadata?.exchange_of
  return typeof id === "string" ? id : null
}

function staffIdOf(order: OrderRow) {
  const id = order.metadata?.staff_user_id
  return typeof id === "string" ? id : null
}
