import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import OcopModule from "../modules/ocop"

/** stock_location.ocop_place: the OCOP facts of a stock location, for query.graph. */
export default defineLink(
  { linkable: StockLocationModule.linkable.stockLocation, field: "id" },
  { ...OcopModule.linkable.place.id, primaryKey: "stock_location_id", alias: "ocop_place" },
  { readOnly: true },
)
