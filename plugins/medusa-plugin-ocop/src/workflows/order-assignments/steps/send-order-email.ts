import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderLocale } from "../../../lib/email/placed-order"
import { sendEmail, type EmailNotification } from "../../../lib/email/send"
import { EMAILS } from "../../../lib/email/templates"
import { orderById } from "../../../lib/order-by-id"
import { placeView } from "../../../lib/place-view"
import { type OrderAssignmentStatus } from "@ocop/shared"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../modules/ocop/service"
import { TRANSFER_LAPSED_REASON } from "../close-cancelled-order"

type Line = { order_item_id: string; quantity: number }
type OrderRow = {
  display_id?: number | null
  email?: string | null
  locale?: string | null
  items?: {
    id: string
    product_title?: string | null
    title?: string | null
    variant_title?: string | null
  }[]
}

const idempotencyKey = (template: string, assignmentId: string, to: string) =>
  `${template}-${assignmentId}-${to}`

/** Which email each move sends the shopper; other moves send none. */
const SHOPPER_EMAILS: Partial<Record<OrderAssignmentStatus, string>> = {
  ready_for_pickup: EMAILS.orderReadyForPickup,
  shipped: EMAILS.orderShipped,
  cancelled: EMAILS.orderCancelled,
}

/**
 * The emails of a move in a place's queue, through Medusa's Notification Module: a new order
 * to the staff of its place; ready for pickup, shipped and cancelled to the shopper, in the
 * order's language. A mail server that refuses is logged, never undoes the move. Idempotent
 * per assignment, status and recipient.
 */
export const sendOrderAssignmentEmailStep = createStep(
  "ocop-send-order-assignment-email",
  async (input: { id: string; status: OrderAssignmentStatus }, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const [assignment] = await ocop.listOrderAssignments({ id: input.id })
    if (!assignment) return new StepResponse(0)
    const toShopper = SHOPPER_EMAILS[input.status]
    if (input.status !== "new" && !toShopper) return new StepResponse(0)
    // A lapsed transfer has its own email, sent by the lapse run's subscriber.
    if (input.status === "cancelled" && assignment.cancel_reason === TRANSFER_LAPSED_REASON) {
      return new StepResponse(0)
    }
    const order = await orderById<OrderRow>(container, assignment.order_id, [
      "id",
      "display_id",
      "email",
      "locale",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_title",
    ])
    const [place] = await placeView(container, await ocop.listPlaces({ id: assignment.place_id }))
    const locale = orderLocale(order?.locale)
    const common = {
      display_id: order?.display_id ?? null,
      kind: assignment.kind,
      place_id: assignment.place_id,
      place_name: place?.name ?? "",
    }
    const messages: Pick<EmailNotification, "to" | "template" | "locale" | "data">[] = []
    if (input.status === "new") {
      const staff = await ocop.listStaffAssignments(
        { place_id: assignment.place_id },
        { relations: ["staff_user"] },
      )
      const seen = new Set<string>()
      const lines = (assignment.items as unknown as Line[]).filter(
        (line) => !seen.has(line.order_item_id) && seen.add(line.order_item_id),
      )
      const items = lines.map((line) => {
        const item = order?.items?.find((row) => row.id === line.order_item_id)
        return {
          title: [item?.product_title ?? item?.title, item?.variant_title]
            .filter(Boolean)
            .join(" — "),
          quantity: line.quantity,
        }
      })
      for (const member of staff) {
        const user = member.staff_user
        if (!user?.email || user.status !== "active") continue
        messages.push({
          to: user.email,
          template: EMAILS.orderNewAtPlace,
          locale: "vi",
          data: { ...common, items },
        })
      }
    } else if (toShopper && order?.email) {
      messages.push({
        to: order.email,
        template: toShopper,
        locale,
        data: {
          ...common,
          pickup_code: input.status === "ready_for_pickup" ? assignment.pickup_code : undefined,
          address: place
            ? [place.address, place.commune, place.province].filter(Boolean).join(", ")
            : "",
          opening_hours: place?.opening_hours ?? null,
          phone: place?.phone ?? null,
          carrier: assignment.carrier ?? null,
          tracking_number: assignment.tracking_number ?? null,
          reason: assignment.cancel_reason ?? null,
        },
      })
    }
    let sent = 0
    for (const message of messages) {
      const delivered = await sendEmail(
        container,
        {
          ...message,
          trigger_type: `ocop.order_assignment.${input.status}`,
          resource_id: assignment.id,
          resource_type: "ocop_order_assignment",
          idempotency_key: idempotencyKey(message.template, assignment.id, message.to),
        },
        // The pickup code lives on the assignment alone: the stored notification forgets it.
        message.data.pickup_code ? ["pickup_code"] : [],
      )
      if (delivered) sent += 1
    }
    return new StepResponse(sent)
  },
)
