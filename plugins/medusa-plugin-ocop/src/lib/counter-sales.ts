import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"
import { bankTransferDetails } from "./bank-transfer/vietqr"

type Place = { id: string; stock_location_id: string; sales_channel_id?: string | null }
type OrderRow = {
  id: string
  display_id: number | null
  created_at: string | Date
  metadata?: Record<string, unknown> | null
  items?:
    | {
        variant_id: string | null
        title: string
        product_title: string | null
        variant_title: string | null
        variant_sku: string | null
        quantity?: number | null
        detail?: { quantity: number } | null
        unit_price: number
      }[]
    | null
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "metadata",
  "items.variant_id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.quantity",
  "items.detail.quantity",
  "items.unit_price",
]

/**
 * A place's counter sales, newest first: the orders of its counter's sales channel, each as its
 * receipt (lines in whole đồng, total, payment method, staff member, time, place).
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
  const [staff, { data: locations }] = await Promise.all([
    staffIds.length ? ocop.listStaffUsers({ id: staffIds as string[] }) : Promise.resolve([]),
    container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "stock_location",
      fields: ["id", "name"],
      filters: { id: place.stock_location_id },
    }),
  ])
  const placeName = (locations[0]?.name as string | undefined) ?? ""
  return orders.map((order) => {
    const items = (order.items ?? []).map((item) => ({
      variant_id: item.variant_id,
      sku: item.variant_sku,
      title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" — "),
      // An order line's quantity lives on its detail; `quantity` is filled only on some reads.
      quantity: Number(item.detail?.quantity ?? item.quantity),
      unit_price: Math.round(Number(item.unit_price)),
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
    }
  })
}

function staffIdOf(order: OrderRow) {
  const id = order.metadata?.staff_user_id
  return typeof id === "string" ? id : null
}
