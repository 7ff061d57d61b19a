import type { StockRow } from "./types.ts"

export type StockLine = StockRow & { product_title: string }

export type PlaceStock = {
  key: string
  place: StockRow["place"]
  lines: StockLine[]
  totals: { stocked: number; reserved: number; available: number }
}

/**
 * The producer's stock as the shelves hold it: one group per place (centre, sales point,
 * showroom, fair ground), places by province then name, lines by product then variant.
 */
export function stockByPlace(
  rows: StockRow[],
  productTitles: ReadonlyMap<string, string>,
): PlaceStock[] {
  const groups = new Map<string, PlaceStock>()
  for (const row of rows) {
    const key = row.place.id ?? `location:${row.place.name}`
    let group = groups.get(key)
    if (!group) {
      group = {
        key,
        place: row.place,
        lines: [],
        totals: { stocked: 0, reserved: 0, available: 0 },
      }
      groups.set(key, group)
    }
    group.lines.push({ ...row, product_title: productTitles.get(row.product_id) ?? row.product_id })
    group.totals.stocked += row.stocked
    group.totals.reserved += row.reserved
    group.totals.available += row.available
  }
  const byText = (a: string, b: string) => a.localeCompare(b, "vi")
  return [...groups.values()]
    .map((group) => ({
      ...group,
      lines: group.lines.sort(
        (a, b) =>
          byText(a.product_title, b.product_title) || byText(a.variant_title, b.variant_title),
      ),
    }))
    .sort(
      (a, b) =>
        byText(a.place.province ?? "\uffff", b.place.province ?? "\uffff") ||
        byText(a.place.name, b.place.name),
    )
}
