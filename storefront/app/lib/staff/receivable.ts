import type { ReceivableProducer, ShelfRow } from "./types.ts"

/**
 * The rows of a receipt form: every variant of the producer's listable products, with what this
 * shelf already holds of it (0 for goods the place has never held), sorted by title.
 */
export function receivableRows(producer: ReceivableProducer, shelf: ShelfRow[]): ShelfRow[] {
  const onShelf = new Map(shelf.flatMap((row) => (row.variant_id ? [[row.variant_id, row]] : [])))
  return producer.products.flatMap((product) =>
    product.variants.map(
      (variant): ShelfRow =>
        onShelf.get(variant.id) ?? {
          inventory_item_id: "",
          variant_id: variant.id,
          sku: variant.sku,
          product_id: product.id,
          title: `${product.title} — ${variant.title}`,
          stocked: 0,
          reserved: 0,
          available: 0,
          low: false,
        },
    ),
  )
}
