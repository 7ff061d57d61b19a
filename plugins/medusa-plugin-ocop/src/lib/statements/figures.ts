import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { StatementSales, StatementUnits } from "@ocop/shared"

/** Which statements to read: any of producer and place, over a period (ISO or ±infinity). */
export type StatementScope = {
  producer_id?: string
  place_id?: string
  from: string
  to: string
}

export type StatementRow = StatementUnits &
  StatementSales & { producer_id: string; place_id: string; paid: number }

/**
 * Every unit and đồng of a statement, in SQL from the places' stock movements — the audit trail
 * every shelf change writes — and the orders they name (counter sales, goods brought back to the
 * counter and online orders carry their order, whose line gives the price each unit sold at).
 * A movement's goods belong to the producer whose listing holds the variant's product. Payments
 * come from the consignment payments recorded in the period.
 */
const MOVEMENT_SQL = `
with moved as (
  select m.place_id, l.producer_id, m.kind, m.quantity_change, m.created_at,
         (m.created_at >= ?::timestamptz) as in_period,
         coalesce((
           select li.unit_price
             from order_item oi
             join order_line_item li on li.id = oi.item_id
            where oi.order_id = m.order_id and li.variant_id = m.variant_id
              and oi.deleted_at is null
            order by oi.version desc
            limit 1
         ), 0) as unit_price
    from ocop_stock_movement m
    join product_variant v on v.id = m.variant_id
    join ocop_listing l on l.product_id = v.product_id and l.deleted_at is null
   where m.deleted_at is null and m.created_at < ?::timestamptz
     and (?::text is null or l.producer_id = ?) and (?::text is null or m.place_id = ?)
)
select producer_id, place_id,
  coalesce(sum(quantity_change) filter (where not in_period), 0) as opening,
  coalesce(sum(quantity_change) filter (where in_period and kind in ('receipt', 'transfer_in')), 0) as received,
  coalesce(-sum(quantity_change) filter (where in_period and kind in ('counter_sale', 'counter_return')), 0) as sold_counter,
  coalesce(-sum(quantity_change) filter (where in_period and kind = 'online_order'), 0) as sold_online,
  coalesce(-sum(quantity_change) filter (where in_period and kind = 'transfer_out'), 0) as returned,
  coalesce(sum(quantity_change) filter (where in_period and kind = 'stocktake'), 0) as adjusted,
  coalesce(sum(quantity_change), 0) as on_shelf,
  coalesce(-sum(quantity_change * unit_price) filter (where in_period and kind in ('counter_sale', 'counter_return')), 0) as sales_counter,
  coalesce(-sum(quantity_change * unit_price) filter (where in_period and kind = 'online_order'), 0) as sales_online
  from moved
 group by producer_id, place_id`

const PAYMENT_SQL = `
select producer_id, place_id, coalesce(sum(amount), 0) as paid
  from ocop_consignment_payment
 where deleted_at is null and paid_at >= ?::timestamptz and paid_at < ?::timestamptz
   and (?::text is null or producer_id = ?) and (?::text is null or place_id = ?)
 group by producer_id, place_id`

/** The figures a statement row reads from SQL, in the order a CSV shows them. */
export const UNIT_COLUMNS = [
  "opening",
  "received",
  "sold_counter",
  "sold_online",
  "returned",
  "adjusted",
  "on_shelf",
  "sales_counter",
  "sales_online",
] as const

type Raw = Record<string, unknown> & { producer_id: string; place_id: string }

/** The statement figures of every producer × place pair in scope that moved goods or money. */
export async function statementRows(knex: Knex, scope: StatementScope): Promise<StatementRow[]> {
  const who = [
    scope.producer_id ?? null,
    scope.producer_id ?? null,
    scope.place_id ?? null,
    scope.place_id ?? null,
  ]
  const [moved, paid] = await Promise.all([
    knex.raw(MOVEMENT_SQL, [scope.from, scope.to, ...who]),
    knex.raw(PAYMENT_SQL, [scope.from, scope.to, ...who]),
  ])
  const rows = new Map<string, StatementRow>()
  const row = (raw: Raw) => {
    const key = `${raw.producer_id}|${raw.place_id}`
    let found = rows.get(key)
    if (!found) {
      found = { producer_id: raw.producer_id, place_id: raw.place_id, paid: 0 } as StatementRow
      for (const column of UNIT_COLUMNS) found[column] = 0
      rows.set(key, found)
    }
    return found
  }
  for (const raw of moved.rows as Raw[]) {
    const target = row(raw)
    for (const column of UNIT_COLUMNS) target[column] = Math.round(Number(raw[column]))
  }
  for (const raw of paid.rows as Raw[]) row(raw).paid = Math.round(Number(raw.paid))
  return [...rows.values()]
}
