import { model } from "@medusajs/framework/utils"

/** What a closed shift's counter took, by payment method, as it stood at the close. */
export type CounterShiftSummary = {
  sales: { cash: number; bank_transfer: number }
  refunds: { cash: number; bank_transfer: number }
  sales_count: number
  returns_count: number
  expected_cash: number
  counted_cash: number | null
  difference: number | null
}

/**
 * A staff member's shift at a place's counter: opened with the cash in the drawer, closed with
 * the cash counted. At most one shift of a place is open at a time (a unique index on open
 * shifts); the counter sales and returns made between its opening and its close are its own.
 * `opened_by` and `closed_by` are staff user ids.
 */
export const CounterShift = model
  .define(
    { name: "counter_shift", tableName: "ocop_counter_shift" },
    {
      id: model.id({ prefix: "ocsh" }).primaryKey(),
      place_id: model.text(),
      opened_by: model.text(),
      opened_at: model.dateTime(),
      opening_cash: model.number(),
      closed_by: model.text().nullable(),
      closed_at: model.dateTime().nullable(),
      counted_cash: model.number().nullable(),
      note: model.text().nullable(),
      summary: model.json<CounterShiftSummary>().nullable(),
    },
  )
  .indexes([
    { on: ["place_id", "opened_at"] },
    { on: ["place_id"], unique: true, where: "closed_at IS NULL" },
  ])
