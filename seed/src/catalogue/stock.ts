import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { openStockLevelsWorkflow, type ProducerInput } from "medusa-plugin-ocop/workflows"
import { chunk, eachLimit } from "../lib/batches"
import { Progress } from "../lib/progress"
import { hash } from "../lib/random"
import type { LoadedPlace } from "../network/load"
import type { SeedProduct } from "./products"

/** Still listable by its seeded result: an active 3–5★ certificate within its 36 months. */
export const listable = (item: SeedProduct) =>
  item.stars >= 3 && !item.revoked && item.issued_months_ago < 36

type Shelf = { locationId: string; quantity: (stock: number, sku: string) => number }

/**
 * Where a product's goods sit: the hub (the online shop's dispatch centre, demo products only),
 * its province's centre, the local centre of its producer's former district, and two sales
 * points or showrooms of its province (or of the hub's province when its own has none).
 */
export class Shelves {
  private readonly centres = new Map<string, string>()
  private readonly locals = new Map<string, string>()
  private readonly points = new Map<string, LoadedPlace[]>()

  constructor(
    places: LoadedPlace[],
    private readonly hub: LoadedPlace,
    private readonly withHub: (item: SeedProduct) => boolean,
  ) {
    for (const place of places) {
      if (place.type === "provincial_centre") this.centres.set(place.province, place.locationId)
      if (place.type === "local_centre") {
        this.locals.set(
          `${place.province}/${place.legacy_district ?? place.commune}`,
          place.locationId,
        )
      }
      if (place.type === "sales_point" || place.type === "showroom") {
        const owner = place.type === "showroom" ? this.showroomOwner(place, places) : place.province
        this.points.set(owner, [...(this.points.get(owner) ?? []), place])
      }
    }
  }

  for(item: SeedProduct, producer: ProducerInput): Shelf[] {
    const shelves: Shelf[] = []
    const add = (locationId: string | undefined, quantity: Shelf["quantity"]) => {
      if (locationId && !shelves.some((shelf) => shelf.locationId === locationId)) {
        shelves.push({ locationId, quantity })
      }
    }
    if (this.withHub(item)) add(this.hub.locationId, (stock) => stock)
    add(this.centres.get(producer.province), (stock) => Math.ceil(stock / 2))
    add(
      this.locals.get(`${producer.province}/${producer.legacy_district ?? producer.commune}`),
      (stock) => Math.max(3, Math.ceil(stock / 4)),
    )
    const points = this.points.get(producer.province) ?? this.points.get(this.hub.province) ?? []
    for (let i = 0; i < Math.min(2, points.length); i++) {
      const point = points[hash(`${item.handle}/${i}`) % points.length]
      add(point.locationId, (_stock, sku) => 3 + (hash(`${sku}@${point.name}`) % 13))
    }
    return shelves
  }

  /** A showroom belongs to the province named in it ("Showroom OCOP Đắk Lắk – …"). */
  private showroomOwner(showroom: LoadedPlace, places: LoadedPlace[]) {
    const centre = places.find(
      (place) => place.type === "provincial_centre" && showroom.name.includes(place.province),
    )
    return centre?.province ?? showroom.province
  }
}

type ItemRow = {
  id: string
  sku: string
  location_levels?: ({ location_id: string } | null)[] | null
}

/**
 * Puts every listable product's goods on its shelves (existing levels are kept), each with its
 * opening receipt movement; returns how many.
 */
export async function stockShelves(
  container: MedusaContainer,
  catalogue: SeedProduct[],
  producers: Map<string, ProducerInput>,
  shelves: Shelves,
  options: { progress: boolean },
): Promise<number> {
  const stocked = catalogue.filter((item) => listable(item) && item.group !== "tourism")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const items = new Map<string, ItemRow>()
  for (const batch of chunk(
    stocked.flatMap((item) => item.variants.map((variant) => variant.sku)),
    1000,
  )) {
    const { data } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "sku", "location_levels.location_id"],
      filters: { sku: batch },
    })
    for (const row of data as ItemRow[]) items.set(row.sku, row)
  }
  const levels = stocked.flatMap((item) => {
    const places = shelves.for(item, producers.get(item.producer)!)
    return item.variants.flatMap((variant) => {
      const row = items.get(variant.sku)
      if (!row) return []
      const present = new Set((row.location_levels ?? []).map((level) => level?.location_id))
      return places
        .filter((shelf) => !present.has(shelf.locationId))
        .map((shelf) => ({
          inventory_item_id: row.id,
          location_id: shelf.locationId,
          stocked_quantity: shelf.quantity(variant.stock, variant.sku),
        }))
    })
  })
  if (!levels.length) return 0
  const bar = new Progress("stock levels", levels.length, options.progress)
  await eachLimit(chunk(levels, 1000), 2, async (batch) => {
    await openStockLevelsWorkflow(container).run({ input: { inventory_levels: batch } })
    bar.tick(batch.length)
  })
  bar.finish()
  return levels.length
}
