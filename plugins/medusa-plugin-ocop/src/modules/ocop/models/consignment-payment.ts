import { model } from "@medusajs/framework/utils"
import { COUNTER_PAYMENT_METHODS, STOCK_ACTOR_TYPES } from "@ocop/shared"

/**
 * Money a place paid a producer for consigned goods it sold: the amount in whole đồng, when
 * and how it was paid (cash or bank transfer), the bank's or receipt's reference, and who
 * recorded it. The statements subtract these from what the place owes.
 */
export const ConsignmentPayment = model
  .define(
    { name: "consignment_payment", tableName: "ocop_consignment_payment" },
    {
      id: model.id({ prefix: "occp" }).primaryKey(),
      producer_id: model.text(),
      place_id: model.text(),
      amount: model.bigNumber(),
      method: model.enum([...COUNTER_PAYMENT_METHODS]),
      reference: model.text().nullable(),
      paid_at: model.dateTime(),
      recorded_by_type: model.enum([...STOCK_ACTOR_TYPES]),
      recorded_by: model.text().nullable(),
    },
  )
  .indexes([{ on: ["producer_id", "place_id", "paid_at"] }])
