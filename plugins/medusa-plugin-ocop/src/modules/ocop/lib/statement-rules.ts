import type { PlaceType, StatementFigures, StatementSales, StatementUnits } from "@ocop/shared"

/**
 * Consignment statements: what a place owes a producer for the goods it sold on their behalf.
 * Pure rules, no I/O — the figures come from `statement-reads.ts`, the rules from here.
 */

/** Basis points in one whole (100 %). */
export const BPS = 10_000

/**
 * A place's commission when the officer set none, by type: centres keep less than the sales
 * points and out-of-province showrooms that carry their own rent; a fair booth keeps least.
 */
export const DEFAULT_COMMISSION_BPS: Record<PlaceType, number> = {
  provincial_centre: 1500,
  local_centre: 1500,
  sales_point: 2000,
  showroom: 2500,
  fair_ground: 1000,
}

/** The rate that applies: the officer's if set, else the place type's default. */
export function commissionBps(place: { type: PlaceType; commission_bps?: number | null }) {
  return place.commission_bps ?? DEFAULT_COMMISSION_BPS[place.type]
}

/** The commission on a period's sales, in whole đồng (rounded once, on the total). */
export function commissionOf(sales: number, bps: number): number {
  return Math.round((sales * bps) / BPS)
}

/**
 * The statement's figures: sold = counter + online (net of goods brought back to the
 * counter); owed = sales − commission; balance = owed − paid. Units reconcile as
 * opening + received − sold − returned + adjusted = on shelf (see `unitsReconcile`).
 */
export function statementFigures(
  units: StatementUnits,
  sales: StatementSales,
  bps: number,
  paid: number,
): StatementFigures {
  const total = sales.sales_counter + sales.sales_online
  const commission = commissionOf(total, bps)
  const owed = total - commission
  return {
    ...units,
    ...sales,
    sold: units.sold_counter + units.sold_online,
    sales: total,
    commission_bps: bps,
    commission,
    owed,
    paid,
    balance: owed - paid,
  }
}

/** True when the units add up: what came in, less what left, is what is on the shelf. */
export function unitsReconcile(units: StatementUnits): boolean {
  const sold = units.sold_counter + units.sold_online
  return units.opening + units.received - sold - units.returned + units.adjusted === units.on_shelf
}

/** A statement period from calendar days in Vietnam (UTC+7): `from` inclusive, `to` inclusive. */
export function statementPeriod(from?: string, to?: string): { from: string; to: string } {
  const start = from ? new Date(`${from}T00:00:00+07:00`) : null
  const end = to ? new Date(`${to}T00:00:00+07:00`) : null
  if (end) end.setUTCDate(end.getUTCDate() + 1)
  return {
    from: start ? start.toISOString() : "-infinity",
    to: end ? end.toISOString() : "infinity",
  }
}
