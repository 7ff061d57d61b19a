import { model } from "@medusajs/framework/utils"

/** A fair organiser (the `organizer` actor): officers open the account, the person claims it. */
export const OrganizerUser = model.define(
  { name: "organizer_user", tableName: "ocop_organizer_user" },
  {
    id: model.id({ prefix: "ocou" }).primaryKey(),
    email: model.text().unique(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    organisation: model.text().nullable(),
    claimed: model.boolean().default(false),
  },
)
