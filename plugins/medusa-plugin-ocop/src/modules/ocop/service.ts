import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { Certification } from "./models/certification"
import { Fair } from "./models/fair"
import { FairBooth } from "./models/fair-booth"
import { FairEntry } from "./models/fair-entry"
import { Listing } from "./models/listing"
import { OrganizerUser } from "./models/organizer-user"
import { Place } from "./models/place"
import { Producer } from "./models/producer"
import { ProducerUser } from "./models/producer-user"
import { ProductStory } from "./models/product-story"
import { StaffAssignment } from "./models/staff-assignment"
import { StaffUser } from "./models/staff-user"
import { StockMovement } from "./models/stock-movement"
import { StockThreshold } from "./models/stock-threshold"
import { StockTransfer } from "./models/stock-transfer"

class OcopModuleService extends MedusaService({
  Producer,
  Listing,
  Certification,
  ProductStory,
  Place,
  ProducerUser,
  StaffUser,
  StaffAssignment,
  StockMovement,
  StockTransfer,
  StockThreshold,
  OrganizerUser,
  Fair,
  FairBooth,
  FairEntry,
}) {
  /**
   * The listings among these products that the gate lists at `now`, with their producer, as
   * plain rows: the store's search re-checks every page of hits with it, so it is one indexed
   * read without building entities.
   */
  @InjectManager()
  async listListedRows(
    productIds: string[],
    now: Date,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<ListedRow[]> {
    if (!productIds.length) return []
    return sharedContext.manager!.execute(
      `select l.product_id, l.stars, l.level, l.product_group, l.province, l.price_from,
              json_build_object('id', p.id, 'handle', p.handle, 'name', p.name) as producer
         from ocop_listing l
         join ocop_producer p on p.id = l.producer_id and p.deleted_at is null
        where l.deleted_at is null and l.listed and l.listed_until > ?::timestamptz
          and l.product_id in (${productIds.map(() => "?").join(", ")})`,
      [now.toISOString(), ...productIds],
    )
  }

  /**
   * Producers with listed products whose name, or one of whose products' titles (as the
   * stories give them, in either language), contains `pattern` — a LIKE pattern of folded text
   * (lib/search-text.ts), so "mat ong" finds "Mật ong" and "dak lak" finds "Đắk Lắk".
   */
  @InjectManager()
  async listProducerIdsMatching(
    pattern: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<string[]> {
    const rows: { producer_id: string }[] = await sharedContext.manager!.execute(
      `select distinct l.producer_id
         from ocop_listing l
         join ocop_producer p on p.id = l.producer_id and p.deleted_at is null
         left join ocop_product_story s on s.product_id = l.product_id and s.deleted_at is null
        where l.listed and l.deleted_at is null
          and (${folded("p.name")} like ? or ${folded("s.product_title")} like ?)`,
      [pattern, pattern],
    )
    return rows.map((row) => row.producer_id)
  }
}

/**
 * SQL folding text as `foldVietnamese` does (lib/search-text.ts): decomposed, combining marks
 * dropped, "đ" spelled "d", lowercase. Needs no extension.
 */
const folded = (expr: string) =>
  `lower(translate(regexp_replace(normalize(${expr}, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐ', 'dD'))`

/** A listed product's listing as the store shows it. */
export type ListedRow = {
  product_id: string
  stars: number | null
  level: string | null
  product_group: string | null
  province: string
  price_from: number | null
  producer: { id: string; handle: string; name: string }
}

export default OcopModuleService
