/**
 * What a product's page reads, in the shop and in its producer's edit form alike: its texts,
 * its pictures and its variants with their prices. Each reader adds its own few fields.
 */
export const PRODUCT_PAGE_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "images.id",
  "images.url",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
]
