import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DIRECTORY_PLACE_TYPES, type FairStatus } from "@ocop/shared"

/** Places listed per product after the fair; the rest are counted and found on `/places`. */
export const WHERE_TO_BUY_PER_PRODUCT = 3

/**
 * What the public fair page shows besides its catalog (decision 0028): while the fair is on,
 * the units left on its fair ground; after it ends, where each product is held now. `productIds`
 * are the catalog's, already through the gate: these reads never add a product.
 */
export async function fairStock(
  container: MedusaContainer,
  fair: { status: FairStatus; stock_location_id: string | null },
  productIds: string[],
) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const ground = fair.status === "live" ? fair.stock_location_id : null
  return {
    stock_left: ground ? await unitsLeftAt(knex, ground, productIds) : null,
    where_to_buy: fair.status === "ended" ? await whereToBuy(knex, productIds) : null,
  }
}

/** The managed variants of these products, with their inventory items (kits count whole sets). */
function managedVariants(knex: Knex, productIds: string[]) {
  return knex("product_variant as pv")
    .whereIn("pv.product_id", productIds)
    .whereNull("pv.deleted_at")
    .where("pv.manage_inventory", true)
}

/**
 * Units available (on the shelf, not reserved) at one stock location, by product: one query
 * whatever the catalog's size. A product with counted stock but none here is 0.
 */
async function unitsLeftAt(knex: Knex, locationId: string, productIds: string[]) {
  if (!productIds.length) return {}
  const rows: { product_id: string; units: number }[] = await managedVariants(knex, productIds)
    .leftJoin("product_variant_inventory_item as pvi", function () {
      this.on("pvi.variant_id", "pv.id").andOnNull("pvi.deleted_at")
    })
    .leftJoin("inventory_level as il", function () {
      this.on("il.inventory_item_id", "pvi.inventory_item_id")
        .andOnVal("il.location_id", "=", locationId)
        .andOnNull("il.deleted_at")
    })
    .groupBy("pv.product_id")
    .select(
      "pv.product_id",
      knex.raw(
        `coalesce(sum(greatest(floor((il.stocked_quantity - il.reserved_quantity) / greatest(pvi.required_quantity, 1)), 0)), 0)::int as units`,
      ),
    )
  return Object.fromEntries(rows.map((row) => [row.product_id, Number(row.units)]))
}

type HeldRow = {
  product_id: string
  id: string
  name: string
  type: string
  province: string
  commune: string
  address: string
  total: number
}

/**
 * For each product, the directory places (not fair grounds) holding available units now: the
 * first few by province then name, and the count of all of them. One query over the network's
 * levels for these products, ranked in the database (3k places nationally).
 */
async function whereToBuy(knex: Knex, productIds: string[]) {
  if (!productIds.length) return {}
  const held = managedVariants(knex, productIds)
    .join("product_variant_inventory_item as pvi", function () {
      this.on("pvi.variant_id", "pv.id").andOnNull("pvi.deleted_at")
    })
    .join("inventory_level as il", function () {
      this.on("il.inventory_item_id", "pvi.inventory_item_id").andOnNull("il.deleted_at")
    })
    .join("ocop_place as p", function () {
      this.on("p.stock_location_id", "il.location_id").andOnNull("p.deleted_at")
    })
    .join("stock_location as sl", function () {
      this.on("sl.id", "p.stock_location_id").andOnNull("sl.deleted_at")
    })
    .whereIn("p.type", [...DIRECTORY_PLACE_TYPES])
    .groupBy("pv.product_id", "p.id", "sl.name")
    .havingRaw("sum(il.stocked_quantity - il.reserved_quantity) > 0")
    .select("pv.product_id", "p.id", "sl.name", "p.type", "p.province", "p.commune", "p.address")
  const ranked = knex
    .select(
      "held.*",
      knex.raw(
        "row_number() over (partition by product_id order by province, name, id) as position",
      ),
      knex.raw("count(*) over (partition by product_id)::int as total"),
    )
    .from(held.as("held"))
  const rows: HeldRow[] = await knex
    .select("*")
    .from(ranked.as("ranked"))
    .where("position", "<=", WHERE_TO_BUY_PER_PRODUCT)
  const answer: Record<string, { places: Omit<HeldRow, "product_id" | "total">[]; more: number }> =
    {}
  for (const { product_id, total, ...place } of rows) {
    const entry = (answer[product_id] ??= { places: [], more: Number(total) })
    entry.places.push({
      id: place.id,
      name: place.name,
      type: place.type,
      province: place.province,
      commune: place.commune,
      address: place.address,
    })
    entry.more = Number(total) - entry.places.length
  }
  for (const entry of Object.values(answer))
    entry.places.sort(
      (a, b) => a.province.localeCompare(b.province, "vi") || a.name.localeCompare(b.name, "vi"),
    )
  return answer
}
