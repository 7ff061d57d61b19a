import type { CounterPaymentMethod } from "@ocop/shared"

/**
 * The counter's rules, without I/O: what may be returned from a sale, and what a shift's
 * drawer should hold at its close. Money is whole đồng.
 */

export class CounterRuleError extends Error {}

/** A line of a counter sale, with what it was sold for. */
export type SoldLine = {
  item_id: string
  variant_id: string
  title: string
  quantity: number
  unit_price: number
}

export type ReturnRequestLine = { item_id: string; quantity: number }

/**
 * The lines returned and their refund: each a line of this sale, named once, in whole units
 * from one up to what was sold less what earlier returns took back.
 */
export function planReturn(
  sold: SoldLine[],
  returnedBefore: ReadonlyMap<string, number>,
  request: ReturnRequestLine[],
): { lines: SoldLine[]; refund_total: number } {
  if (!request.length) throw new CounterRuleError("A return names at least one line.")
  if (new Set(request.map((line) => line.item_id)).size !== request.length) {
    throw new CounterRuleError("Each line of the sale once per return.")
  }
  const lines = request.map((line) => {
    const soldLine = sold.find((item) => item.item_id === line.item_id)
    if (!soldLine) {
      throw new CounterRuleError(`Line ${line.item_id} is not a line of this sale.`)
    }
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
      throw new CounterRuleError(`Line ${line.item_id}: return whole units, at least one.`)
    }
    const left = soldLine.quantity - (returnedBefore.get(line.item_id) ?? 0)
    if (line.quantity > left) {
      throw new CounterRuleError(
        `Line ${line.item_id}: ${left} of ${soldLine.quantity} sold can still be returned.`,
      )
    }
    return { ...soldLine, quantity: line.quantity }
  })
  return {
    lines,
    refund_total: lines.reduce((sum, line) => sum + line.unit_price * line.quantity, 0),
  }
}

/** Units returned so far per line of a sale. */
export function returnedByItem(returns: { lines: { item_id: string; quantity: number }[] }[]) {
  const returned = new Map<string, number>()
  for (const line of returns.flatMap((entry) => entry.lines)) {
    returned.set(line.item_id, (returned.get(line.item_id) ?? 0) + line.quantity)
  }
  return returned
}

type ByMethod = Record<CounterPaymentMethod, number>

export type ShiftTakings = {
  opening_cash: number
  sales: { payment_method: CounterPaymentMethod; total: number }[]
  returns: { payment_method: CounterPaymentMethod; refund_total: number }[]
  counted_cash: number | null
}

/**
 * A shift's takings by payment method and the cash its drawer should hold: the opening cash,
 * plus cash sales, less cash refunds. The difference is counted less expected (negative: cash
 * is missing).
 */
export function summariseShift(takings: ShiftTakings) {
  const sales: ByMethod = { cash: 0, bank_transfer: 0 }
  const refunds: ByMethod = { cash: 0, bank_transfer: 0 }
  for (const sale of takings.sales) sales[sale.payment_method] += sale.total
  for (const entry of takings.returns) refunds[entry.payment_method] += entry.refund_total
  const expected_cash = takings.opening_cash + sales.cash - refunds.cash
  return {
    sales,
    refunds,
    sales_count: takings.sales.length,
    returns_count: takings.returns.length,
    expected_cash,
    counted_cash: takings.counted_cash,
    difference: takings.counted_cash === null ? null : takings.counted_cash - expected_cash,
  }
}
