import type { ShelfRow, StockTransfer } from "./types.ts"

export type TransferView = {
  id: string
  direction: "incoming" | "outgoing"
  status: StockTransfer["status"]
  otherPlace: string
  note: string | null
  created_at: string
  received_at: string | null
  lines: { variant_id: string; title: string; quantity: number }[]
}

/**
 * Transfers as this place sees them: coming in or going out, the other place by name (its id
 * for a place removed since), lines by the shelf's titles (the variant id for goods this shelf
 * has never held: the API gives ids only).
 */
export function transferViews(
  transfers: StockTransfer[],
  placeId: string,
  shelf: ShelfRow[],
): TransferView[] {
  const titles = new Map(shelf.map((row) => [row.variant_id, row.title]))
  return transfers.map((transfer) => {
    const incoming = transfer.to_place_id === placeId
    const other = incoming ? transfer.from_place : transfer.to_place
    return {
      id: transfer.id,
      direction: incoming ? "incoming" : "outgoing",
      status: transfer.status,
      otherPlace: other?.name ?? (incoming ? transfer.from_place_id : transfer.to_place_id),
      note: transfer.note,
      created_at: transfer.created_at,
      received_at: transfer.received_at,
      lines: transfer.lines.map((line) => ({
        variant_id: line.variant_id,
        title: titles.get(line.variant_id) ?? line.variant_id,
        quantity: line.quantity,
      })),
    }
  })
}
