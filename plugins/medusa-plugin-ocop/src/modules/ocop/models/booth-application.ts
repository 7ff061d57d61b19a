import { model } from "@medusajs/framework/utils"
import { BOOTH_APPLICATION_STATUSES } from "../lib/booth-application-rules"

/**
 * A producer's application for a booth at a fair, with the products they want to bring. The
 * fair's organiser accepts it (a booth, `booth_id`, and the products entered) or declines it
 * with a reason; the producer may withdraw it while it is pending.
 */
export const BoothApplication = model
  .define(
    { name: "booth_application", tableName: "ocop_booth_application" },
    {
      id: model.id({ prefix: "ocba" }).primaryKey(),
      fair_id: model.text(),
      producer_id: model.text(),
      product_ids: model.json<string[]>(),
      note: model.text().nullable(),
      status: model.enum([...BOOTH_APPLICATION_STATUSES]).default("pending"),
      decline_reason: model.text().nullable(),
      booth_id: model.text().nullable(),
      decided_by: model.text().nullable(),
      decided_at: model.dateTime().nullable(),
    },
  )
  .indexes([{ on: ["fair_id", "status"] }, { on: ["producer_id"] }])
