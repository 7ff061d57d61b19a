import { model } from "@medusajs/framework/utils"
import { FairBooth } from "./fair-booth"
import { FairEntry } from "./fair-entry"
import { FairPlace } from "./fair-place"

/**
 * A fair (hội chợ) with its own fair-ground place (stock location) and sales channel. Its
 * status — upcoming, live, ended — follows from the dates. `places` are the places an officer
 * linked to it, where its stock may come from (fair-place.ts).
 */
export const Fair = model.define(
  { name: "fair", tableName: "ocop_fair" },
  {
    id: model.id({ prefix: "ocfr" }).primaryKey(),
    slug: model.text().unique(),
    name: model.text(),
    name_en: model.text().nullable(),
    venue: model.text(),
    province: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    description_vi: model.text().nullable(),
    description_en: model.text().nullable(),
    organizer_id: model.text().index(),
    place_id: model.text(),
    sales_channel_id: model.text(),
    booths: model.hasMany(() => FairBooth, { mappedBy: "fair" }),
    entries: model.hasMany(() => FairEntry, { mappedBy: "fair" }),
    places: model.hasMany(() => FairPlace, { mappedBy: "fair" }),
  },
)
