import { model } from "@medusajs/framework/utils"
import { LEGAL_FORMS } from "@ocop/shared"
import { Listing } from "./listing"
import { ProducerUser } from "./producer-user"

/** A producer (chủ thể OCOP): cooperative, cooperative group, enterprise or household business. */
export const Producer = model.define(
  { name: "producer", tableName: "ocop_producer" },
  {
    id: model.id({ prefix: "ocpr" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    legal_form: model.enum([...LEGAL_FORMS]),
    registration_number: model.text().nullable(),
    province: model.text().index(),
    commune: model.text(),
    legacy_district: model.text().nullable(),
    address: model.text().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    story_vi: model.text().nullable(),
    story_en: model.text().nullable(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    listings: model.hasMany(() => Listing, { mappedBy: "producer" }),
    users: model.hasMany(() => ProducerUser, { mappedBy: "producer" }),
  },
)
