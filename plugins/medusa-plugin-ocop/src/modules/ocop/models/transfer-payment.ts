import { model } from "@medusajs/framework/utils"
import { STOCK_ACTOR_TYPES } from "@ocop/shared"

/**
 * A bank transfer seen on the shop's account and recorded against its order: who recorded it
 * (an officer, `user`, or staff of the place serving the order), when, the amount in đồng and
 * the bank's note. One per order: recording it captures the order's payment in Medusa.
 */
export const TransferPayment = model
  .define(
    { name: "transfer_payment", tableName: "ocop_transfer_payment" },
    {
      id: model.id({ prefix: "octp" }).primaryKey(),
      order_id: model.text(),
      payment_id: model.text(),
      amount: model.bigNumber(),
      bank_reference: model.text().nullable(),
      recorded_by_type: model.enum([...STOCK_ACTOR_TYPES]),
      recorded_by: model.text().nullable(),
      place_id: model.text().nullable(),
      received_at: model.dateTime(),
    },
  )
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }])
