import { model } from "@medusajs/framework/utils"
import { PLACE_TYPES, SALES_POINT_VENUES } from "@ocop/shared"
import { StaffAssignment } from "./staff-assignment"

/**
 * A place of the showroom network — OCOP centre, sales point, showroom or fair ground — as the
 * OCOP side of a Medusa stock location: its type, province and commune, map point and hours.
 */
export const Place = model
  .define(
    { name: "place", tableName: "ocop_place" },
    {
      id: model.id({ prefix: "ocpl" }).primaryKey(),
      stock_location_id: model.text().unique(),
      type: model.enum([...PLACE_TYPES]),
      venue: model.enum([...SALES_POINT_VENUES]).nullable(),
      province: model.text(),
      commune: model.text(),
      legacy_district: model.text().nullable(),
      address: model.text(),
      latitude: model.float().nullable(),
      longitude: model.float().nullable(),
      opening_hours: model.text().nullable(),
      phone: model.text().nullable(),
      pickup: model.boolean().default(false),
      /** The place's counter: its own sales channel, linked to this place's stock alone. */
      sales_channel_id: model.text().nullable(),
      /** The place's commission on consigned sales, in basis points; null: its type's default. */
      commission_bps: model.number().nullable(),
      assignments: model.hasMany(() => StaffAssignment, { mappedBy: "place" }),
    },
  )
  .indexes([{ on: ["province", "type"] }])
