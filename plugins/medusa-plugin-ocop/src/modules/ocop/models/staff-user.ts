import { model } from "@medusajs/framework/utils"
import { STAFF_USER_STATUSES } from "@ocop/shared"
import { StaffAssignment } from "./staff-assignment"

/**
 * A person working at OCOP centres or sales points (the `staff` actor). Officers create the
 * account with its places; the person claims it by registering with the same email.
 */
export const StaffUser = model.define(
  { name: "staff_user", tableName: "ocop_staff_user" },
  {
    id: model.id({ prefix: "ocsu" }).primaryKey(),
    email: model.text().unique(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    status: model.enum([...STAFF_USER_STATUSES]).default("active"),
    claimed: model.boolean().default(false),
    assignments: model.hasMany(() => StaffAssignment, { mappedBy: "staff_user" }),
  },
)
