import { model } from "@medusajs/framework/utils"
import { Place } from "./place"
import { StaffUser } from "./staff-user"

/** Which places a staff member manages the shelf stock of. */
export const StaffAssignment = model
  .define(
    { name: "staff_assignment", tableName: "ocop_staff_assignment" },
    {
      id: model.id({ prefix: "ocsa" }).primaryKey(),
      staff_user: model.belongsTo(() => StaffUser, { mappedBy: "assignments" }),
      place: model.belongsTo(() => Place, { mappedBy: "assignments" }),
    },
  )
  .indexes([{ on: ["staff_user_id", "place_id"], unique: true }])
