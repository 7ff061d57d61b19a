import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { LowStockPlace, SalesFigure, UnsoldProducer } from "@ocop/shared"
import { DEFAULT_LOW_STOCK_THRESHOLD } from "../../modules/ocop/lib/constants"
import { listedNowSql } from "../../modules/ocop/lib/listed-now"

/**
 * The sales side of the programme dashboard. A sale is goods leaving a place's shelf to a
 * buyer — a counter sale (less what came back to the counter) or an online order handed over —
 * as the stock movements record it, each unit at its order line's price: the same figures the
 * consignment statements add up (decision 0026). Star level and group are the listing's now.
 */
const SOLD = `
select m.place_id, pl.province, v.product_id, l.product_group, l.stars,
       -m.quantity_change as units, -m.quantity_change * coalesce(price.unit_price, 0) as amount
  from ocop_stock_movement m
  join ocop_place pl on pl.id = m.place_id
  join product_variant v on v.id = m.variant_id
  join ocop_listing l on l.product_id = v.product_id and l.deleted_at is null
  left join lateral (
    select li.unit_price
      from order_item oi
      join order_line_item li on li.id = oi.item_id
     where oi.order_id = m.order_id and li.variant_id = m.variant_id and oi.deleted_at is null
     order by oi.version desc
     limit 1) price on true
 where m.deleted_at is null and m.kind in ('counter_sale', 'counter_return', 'online_order')
   and m.created_at >= ?::timestamptz and m.created_at < ?::timestamptz`

/** Every breakdown in one pass over the period's sales: one grouping set per dimension. */
const SALES_SQL = `
with sold as (${SOLD}),
grouped as (
  select case when grouping(province) = 0 then 'province'
              when grouping(place_id) = 0 then 'place'
              when grouping(product_group) = 0 then 'group'
              when grouping(stars) = 0 then 'stars'
              else 'product' end as dimension,
         province, place_id, product_group, stars, product_id,
         sum(units)::int as units, sum(amount) as amount
    from sold
   group by grouping sets ((province), (place_id), (product_group), (stars), (product_id)))
select g.dimension, g.units, g.amount,
       coalesce(g.province, g.place_id, g.product_group, g.stars::text, g.product_id, '') as key,
       coalesce(sl.name, p.title) as name
  from grouped g
  left join ocop_place pl on pl.id = g.place_id
  left join stock_location sl on sl.id = pl.stock_location_id
  left join product p on p.id = g.product_id
 order by g.dimension, g.amount desc, key`

/** How many best sellers the dashboard names. */
export const TOP_PRODUCTS = 20

const LOW_STOCK_SQL = `
select pl.id as place_id, coalesce(sl.name, pl.id) as place, pl.province,
       count(*)::int as low_items
  from inventory_level il
  join ocop_place pl on pl.stock_location_id = il.location_id and pl.deleted_at is null
  left join stock_location sl on sl.id = pl.stock_location_id
  join product_variant_inventory_item vi on vi.inventory_item_id = il.inventory_item_id
   and vi.deleted_at is null
  join product_variant v on v.id = vi.variant_id and v.deleted_at is null
  join ocop_listing l on l.product_id = v.product_id
  left join ocop_stock_threshold t on t.place_id = pl.id
   and t.inventory_item_id = il.inventory_item_id and t.deleted_at is null
 where il.deleted_at is null and ${listedNowSql("l")}
   and il.stocked_quantity - il.reserved_quantity <= coalesce(t.threshold, ?)
 group by pl.id, sl.name, pl.province
 order by low_items desc, place`

/** Producers with listed products and no sale: the period's sellers are found once, hashed. */
const UNSOLD_SQL = `
select pr.id as producer_id, pr.name as producer, pr.province,
       count(*)::int as listed_products
  from ocop_producer pr
  join ocop_listing l on l.producer_id = pr.id
 where pr.deleted_at is null and ${listedNowSql("l")}
   and pr.id not in (
     select ol.producer_id
       from ocop_stock_movement m
       join product_variant v on v.id = m.variant_id
       join ocop_listing ol on ol.product_id = v.product_id and ol.deleted_at is null
      where m.deleted_at is null and m.kind in ('counter_sale', 'online_order')
        and m.created_at >= ?::timestamptz and m.created_at < ?::timestamptz)
 group by pr.id
 order by pr.name`

type SalesRow = {
  dimension: string
  key: string
  name: string | null
  units: number
  amount: string
}

const DIMENSIONS = {
  province: "sales_by_province",
  place: "sales_by_place",
  group: "sales_by_group",
  stars: "sales_by_stars",
  product: "top_products",
} as const

export type SalesTables = Record<(typeof DIMENSIONS)[keyof typeof DIMENSIONS], SalesFigure[]>

export async function salesTables(
  knex: Knex,
  period: { from: string; to: string },
  now = new Date(),
) {
  const [sales, low, unsold] = await Promise.all([
    knex.raw(SALES_SQL, [period.from, period.to]),
    knex.raw(LOW_STOCK_SQL, [now, DEFAULT_LOW_STOCK_THRESHOLD]),
    knex.raw(UNSOLD_SQL, [now, period.from, period.to]),
  ])
  const tables = Object.fromEntries(
    Object.values(DIMENSIONS).map((table) => [table, [] as SalesFigure[]]),
  ) as SalesTables
  for (const row of sales.rows as SalesRow[]) {
    const table = DIMENSIONS[row.dimension as keyof typeof DIMENSIONS]
    tables[table].push({
      key: row.key,
      label: row.name ?? row.key,
      units: Number(row.units),
      amount: Math.round(Number(row.amount)),
    })
  }
  tables.top_products = tables.top_products.slice(0, TOP_PRODUCTS)
  return {
    ...tables,
    low_stock: low.rows as LowStockPlace[],
    unsold_producers: unsold.rows as UnsoldProducer[],
  }
}
