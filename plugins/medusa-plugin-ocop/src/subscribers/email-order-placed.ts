import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bankTransferQrImage } from "../lib/bank-transfer/vietqr"
import { producerOrderEmails, shopperOrderEmail } from "../lib/email/order-emails"
import { loadPlacedOrder } from "../lib/email/placed-order"
import { sendEmail } from "../lib/email/send"
import { orderAccessToken } from "../lib/order-access"

/**
 * A placed order, once committed, is announced by email: to the shopper (the confirmation with
 * a private link) and to the users of each producer with products in it (their lines only).
 * An email that cannot be sent is logged and recorded as failed; the order stands.
 */
export default async function emailOrderPlaced({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const order = await loadPlacedOrder(container, event.data.id)
    if (!order) return
    const config: ConfigModule = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const secret = config.projectConfig.http.cookieSecret ?? ""
    const shopper = shopperOrderEmail(order, orderAccessToken(secret, order.id))
    // A bank transfer's email carries its VietQR code, inline, for the order's exact total.
    const qr = order.payment_method === "bank_transfer" ? await bankTransferQrImage(order) : null
    if (shopper && qr) {
      const { payload: _payload, ...details } = qr.details
      shopper.data.bank_transfer = { ...details, qr_cid: qr.cid }
      shopper.attachments = [qr.attachment]
    }
    if (shopper) await sendEmail(container, shopper, ["access_token"])
    for (const email of await producerOrderEmails(container, order)) {
      await sendEmail(container, email)
    }
  } catch (error) {
    logger.error(`[ocop] the emails of order ${event.data.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
