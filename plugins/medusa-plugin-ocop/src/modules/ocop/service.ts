import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { listedNowSql } from "./lib/listed-now"
import {
  type FacetCell,
  facetCells,
  type ListedFilters,
  listedListings,
  type ListedOrder,
  LISTED_ORDER,
  type ListedRow,
  producerCounts,
  type ProducerCount,
  selectListedRow,
} from "./listing-reads"
import { BoothApplication } from "./models/booth-application"
import { Certification } from "./models/certification"
import { ConsignmentPayment } from "./models/consignment-payment"
import { CounterReturn } from "./models/counter-return"
import { CounterShift } from "./models/counter-shift"
import { Fair } from "./models/fair"
import { FairBooth } from "./models/fair-booth"
import { FairEntry } from "./models/fair-entry"
import { Invitation } from "./models/invitation"
import { FairPlace } from "./models/fair-place"
import { Listing } from "./models/listing"
import { OrderAssignment } from "./models/order-assignment"
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
import { TransferPayment } from "./models/transfer-payment"

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
  Invitation,
  FairPlace,
  CounterReturn,
  CounterShift,
  OrderAssignment,
  TransferPayment,
  ConsignmentPayment,
  BoothApplication,
}) {
  /**
   * Marks an invitation used if it is still open (unused, not replaced, not expired) — in one
   * statement, so two claims racing with the same token cannot both win. True if this call did.
   */
  @InjectTransactionManager()
  async useOpenInvitation(
    id: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<boolean> {
    const rows: { id: string }[] = await sharedContext.transactionManager!.execute(
      `update ocop_invitation set used_at = now(), updated_at = now()
        where id = ? and used_at is null and voided_at is null and expires_at > now()
          and deleted_at is null
        returning id`,
      [id],
    )
    return rows.length === 1
  }

  /**
   * Producers with products listed now whose name, or one of whose products' titles (as the
   * stories give them, in either language), contains `pattern` — a LIKE pattern of folded text
   * (search/text.ts), so "mat ong" finds "Mật ong" and "dak lak" finds "Đắk Lắk".
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
        where ${listedNowSql("l")}
          and (${folded("p.name")} like ? or ${folded("s.product_title")} like ?)`,
      [new Date(), pattern, pattern],
    )
    return rows.map((row) => row.producer_id)
  }

  /** The listings listed now of these products, with their producers (in no order). */
  @InjectManager()
  async listListedRows(
    productIds: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<ListedRow[]> {
    if (!productIds.length) return []
    const knex = sharedContext.manager!.getKnex()
    return selectListedRow(knex, listedListings(knex, { product_ids: productIds }))
  }

  /** A page of the listings listed now that the filters keep, in `order`, and their count. */
  @InjectManager()
  async listAndCountListedRows(
    filters: ListedFilters,
    page: { order: ListedOrder; limit: number; offset: number },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<[ListedRow[], number]> {
    const knex = sharedContext.manager!.getKnex()
    const listed = listedListings(knex, filters)
    const [rows, [{ count }]] = await Promise.all([
      selectListedRow(knex, listed.clone())
        .orderBy(LISTED_ORDER[page.order])
        .limit(page.limit)
        .offset(page.offset),
      listed.clone().count({ count: "*" }),
    ])
    return [rows as ListedRow[], Number(count)]
  }

  /** The listings listed now that the filters keep, counted per (stars, group, province). */
  @InjectManager()
  async listListedFacetCells(
    filters: ListedFilters,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<FacetCell[]> {
    return facetCells(sharedContext.manager!.getKnex(), filters)
  }

  /** The `limit` producers with the most listings listed now that the filters keep. */
  @InjectManager()
  async listListedProducerCounts(
    filters: ListedFilters,
    limit: number,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<ProducerCount[]> {
    return producerCounts(sharedContext.manager!.getKnex(), filters, limit)
  }
}

/**
 * SQL folding text as `foldVietnamese` does (search/text.ts): decomposed, combining marks
 * dropped, "đ" spelled "d", lowercase. Needs no extension.
 */
const folded = (expr: string) =>
  `lower(translate(regexp_replace(normalize(${expr}, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐ', 'dD'))`

export default OcopModuleService
