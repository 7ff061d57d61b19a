import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import OcopModule from "../modules/ocop"

/** place.stock_location: the Medusa stock location whose inventory levels are this place's shelf. */
export default defineLink(
  { linkable: OcopModule.linkable.place, field: "stock_location_id" },
  StockLocationModule.linkable.stockLocation,
  { readOnly: true },
)
