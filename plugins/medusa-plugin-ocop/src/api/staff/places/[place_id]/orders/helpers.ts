import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type OrderAssignmentStatus } from "@ocop/shared"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import { nextStatuses } from "../../../../../modules/ocop/lib/order-assignment-rules"
import type OcopModuleService from "../../../../../modules/ocop/service"

// A place's queue of online orders as its staff read it: the assignment (never its pickup
// code: the shopper brings it), the order's number, date, contact, address and payment, and
// the lines this place serves.

type Assignment = Awaited<ReturnType<OcopModuleService["listOrderAssignments"]>>[number]
type Line = { order_item_id: string; variant_id: string; quantity: number }
type OrderRow = {
  id: string
  display_id?: number | null
  created_at: string | Date
  email?: string | null
  status?: string
  metadata?: Record<string, unknown> | null
  shipping_address?: Record<string, string | null> | null
  items?: {
    id: string
    title?: string | null
    product_title?: string | null
    variant_title?: string | null
    variant_sku?: string | null
    unit_price?: unknown
  }[]
  payment_collections?: { payments?: { captured_at?: unknown; captures?: unknown[] }[] }[]
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "email",
  "status",
  "metadata",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.province",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_sku",
  "items.unit_price",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.captures.id",
]

export async function listPlaceOrders(
  container: MedusaContainer,
  placeId: string,
  page: { status?: OrderAssignmentStatus; limit: number; offset: number },
) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [assignments, count] = await ocop.listAndCountOrderAssignments(
    { place_id: placeId, ...(page.status ? { status: page.status } : {}) },
    { take: page.limit, skip: page.offset, order: { created_at: "DESC" } },
  )
  return { orders: await views(container, assignments), count }
}

/** One order of this place's queue; another place's (or an unknown id) answers 404. */
export async function placeOrder(container: MedusaContainer, placeId: string, id: string) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [assignment] = await ocop.listOrderAssignments({ id, place_id: placeId })
  if (!assignment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found.`)
  return (await views(container, [assignment]))[0]
}

async function views(container: MedusaContainer, assignments: Assignment[]) {
  if (!assignments.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ORDER_FIELDS,
    filters: { id: [...new Set(assignments.map((assignment) => assignment.order_id))] },
  })
  const orders = new Map((data as OrderRow[]).map((order) => [order.id, order]))
  return assignments.map((assignment) => {
    const order = orders.get(assignment.order_id)
    const lines = assignment.items as unknown as Line[]
    const seen = new Set<string>()
    const address = order?.shipping_address ?? null
    return {
      id: assignment.id,
      order_id: assignment.order_id,
      display_id: order?.display_id ?? null,
      created_at: new Date(assignment.created_at).toISOString(),
      kind: assignment.kind,
      status: assignment.status,
      next_statuses: nextStatuses(assignment.kind, assignment.status),
      carrier: assignment.carrier ?? null,
      tracking_number: assignment.tracking_number ?? null,
      cancel_reason: assignment.cancel_reason ?? null,
      payment_method: (order?.metadata?.payment_method as string | undefined) ?? null,
      paid: (order?.payment_collections ?? []).some((collection) =>
        (collection.payments ?? []).some(
          (payment) => Boolean(payment.captured_at) || (payment.captures?.length ?? 0) > 0,
        ),
      ),
      order_cancelled: order?.status === "canceled",
      customer: {
        name: [address?.last_name, address?.first_name].filter(Boolean).join(" ") || null,
        email: order?.email ?? null,
        phone: address?.phone ?? null,
      },
      shipping_address:
        assignment.kind === "delivery" && address
          ? {
              address_1: address.address_1 ?? null,
              city: address.city ?? null,
              province: address.province ?? null,
            }
          : null,
      items: lines
        .filter((line) => !seen.has(line.order_item_id) && seen.add(line.order_item_id))
        .map((line) => {
          const item = order?.items?.find((row) => row.id === line.order_item_id)
          return {
            order_item_id: line.order_item_id,
            variant_id: line.variant_id,
            sku: item?.variant_sku ?? null,
            title: [item?.product_title ?? item?.title, item?.variant_title]
              .filter(Boolean)
              .join(" — "),
            quantity: line.quantity,
            unit_price: Math.round(Number(item?.unit_price ?? 0)),
          }
        }),
    }
  })
}
