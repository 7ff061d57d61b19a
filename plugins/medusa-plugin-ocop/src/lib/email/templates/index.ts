import type { EmailTemplate } from "../message"
import { boothApplicationDecidedEmail } from "./booth-application-decided"
import { boothApplicationReceivedEmail } from "./booth-application-received"
import { certificationExpiringEmail } from "./certification-expiring"
import { certificationRevokedEmail } from "./certification-revoked"
import { invitationEmail } from "./invitation"
import { orderPlacedEmail } from "./order-placed"
import { producerOrderEmail } from "./producer-order"
import { orderCancelledEmail } from "./order-cancelled"
import { orderNewAtPlaceEmail } from "./order-new-at-place"
import { orderReadyForPickupEmail } from "./order-ready-for-pickup"
import { orderShippedEmail } from "./order-shipped"
import { transferLapsedEmail } from "./transfer-lapsed"

/** The `template` name a notification carries for each email. */
export const EMAILS = {
  invitation: "ocop-invitation",
  certificationExpiring: "ocop-certification-expiring",
  certificationRevoked: "ocop-certification-revoked",
  orderPlaced: "ocop-order-placed",
  producerOrder: "ocop-producer-order",
  orderNewAtPlace: "ocop-order-new-at-place",
  orderReadyForPickup: "ocop-order-ready-for-pickup",
  orderShipped: "ocop-order-shipped",
  orderCancelled: "ocop-order-cancelled",
  transferLapsed: "ocop-transfer-lapsed",
  boothApplicationReceived: "ocop-booth-application-received",
  boothApplicationDecided: "ocop-booth-application-decided",
} as const

/** Every email by its template name. A new message: one file in this folder, one line here. */
export const EMAIL_TEMPLATES: Record<string, EmailTemplate> = {
  [EMAILS.invitation]: invitationEmail,
  [EMAILS.certificationExpiring]: certificationExpiringEmail,
  [EMAILS.certificationRevoked]: certificationRevokedEmail,
  [EMAILS.orderPlaced]: orderPlacedEmail,
  [EMAILS.producerOrder]: producerOrderEmail,
  [EMAILS.orderNewAtPlace]: orderNewAtPlaceEmail,
  [EMAILS.orderReadyForPickup]: orderReadyForPickupEmail,
  [EMAILS.orderShipped]: orderShippedEmail,
  [EMAILS.orderCancelled]: orderCancelledEmail,
  [EMAILS.transferLapsed]: transferLapsedEmail,
  [EMAILS.boothApplicationReceived]: boothApplicationReceivedEmail,
  [EMAILS.boothApplicationDecided]: boothApplicationDecidedEmail,
}
