/**
 * Consignment statements as the producer, staff and admin APIs answer them: what a place owes a
 * producer for the goods it sold on their behalf over a period. Units are whole units, money
 * whole đồng. The rules that compute them are the plugin's (`modules/ocop/lib/statement-rules.ts`).
 */

/** Unit movements of one producer's goods at one place over a period (signed as named). */
export type StatementUnits = {
  opening: number
  received: number
  sold_counter: number
  sold_online: number
  returned: number
  adjusted: number
  on_shelf: number
}

/** Sales at the price each unit was sold, before commission. */
export type StatementSales = { sales_counter: number; sales_online: number }

export type StatementFigures = StatementUnits &
  StatementSales & {
    sold: number
    sales: number
    commission_bps: number
    commission: number
    owed: number
    paid: number
    balance: number
  }

export type ConsignmentStatement = StatementFigures & {
  producer: { id: string; name: string }
  place: { id: string; name: string; type: string; province: string }
}

export type StatementListResponse = {
  period: { from: string | null; to: string | null }
  statements: ConsignmentStatement[]
}
