import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { ProductGroup, StoryText } from "@ocop/shared"
import { listedNowFilter } from "../modules/ocop/lib/listed-now"
import type { ProductSearchDocument } from "./schema"
import { foldedText, htmlToText } from "./text"

/** What a shopper might type for a product group, in both languages. */
const GROUP_WORDS: Record<ProductGroup, string> = {
  food: "thực phẩm đặc sản food specialty",
  drink: "đồ uống thức uống drink drinks beverage",
  herbal: "dược liệu thảo dược sản phẩm từ dược liệu medicinal herbs herbal",
  handicraft: "thủ công mỹ nghệ handicraft handicrafts craft",
  ornamental: "sinh vật cảnh cây cảnh hoa ornamental plants flowers",
  tourism: "du lịch cộng đồng du lịch sinh thái tourism tour ecotourism",
}

/**
 * A story can be long; its opening is what it is about, and a capped story keeps each index row
 * small, which is what keeps ranking and facets fast on Postgres at national scale.
 */
const STORY_CHARS = 1500

type ListingRow = {
  product_id: string
  stars: number | null
  level: string | null
  product_group: ProductGroup | null
  province: string
  price_from: number | null
  certified_at: string | Date | null
  listed_until: string | Date | null
  producer: { name: string; handle: string } | null
}

type LevelRow = {
  location_id: string
  stocked_quantity?: number | string | null
  reserved_quantity?: number | string | null
}
type VariantRow = {
  manage_inventory?: boolean | null
  inventory_items?: {
    required_quantity?: number | null
    inventory?: { location_levels?: LevelRow[] | null } | null
  }[]
}
type ProductRow = { id: string; handle: string; title: string; variants?: VariantRow[] | null }

type StoryRow = StoryText & { product_id: string }

/**
 * Stock locations holding enough of at least one variant to sell one unit now (on shelf minus
 * reserved; query.graph computes `available_quantity` only alongside both, so it is done here).
 */
export function stockLocationIds(variants: VariantRow[] | null | undefined): string[] {
  const ids = new Set<string>()
  for (const variant of variants ?? []) {
    if (variant.manage_inventory === false) continue
    for (const item of variant.inventory_items ?? []) {
      const required = Number(item.required_quantity ?? 1)
      for (const level of item.inventory?.location_levels ?? []) {
        const available = Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0)
        if (available >= required) ids.add(level.location_id)
      }
    }
  }
  return [...ids].sort()
}

const toDate = (value: string | Date | null) => (value === null ? null : new Date(value))

/** One document from a listing, its product and its stories (vi first, then en). */
export function toSearchDocument(
  listing: ListingRow,
  product: ProductRow,
  stories: StoryRow[],
): ProductSearchDocument {
  const vi = stories.find((story) => story.locale === "vi")
  const en = stories.find((story) => story.locale === "en")
  const storyText = [vi, en]
    .flatMap((story) =>
      story ? [story.title, story.product_description, htmlToText(story.body)] : [],
    )
    .filter((part): part is string => !!part)
    .map((part) => part.slice(0, STORY_CHARS))
  return {
    id: product.id,
    handle: product.handle,
    title: vi?.product_title ?? product.title,
    title_en: en?.product_title ?? null,
    producer_name: listing.producer?.name ?? null,
    producer_handle: listing.producer?.handle ?? null,
    province: listing.province,
    product_group: listing.product_group,
    level: listing.level,
    stars: listing.stars,
    price_from: listing.price_from,
    certified_at: toDate(listing.certified_at),
    listed_until: toDate(listing.listed_until),
    stock_location_ids: stockLocationIds(product.variants),
    search_title: foldedText(product.title, vi?.product_title, en?.product_title),
    search_producer: foldedText(listing.producer?.name),
    search_place: foldedText(listing.province, vi?.origin_place, en?.origin_place),
    search_group: foldedText(listing.product_group ? GROUP_WORDS[listing.product_group] : null),
    search_story: foldedText(...storyText),
  }
}

/**
 * Documents for the products among `productIds` that shoppers may see now: listed by the gate
 * (listed, not past `listed_until`) and published. Any other id gets no document, which the
 * callers turn into a delete.
 */
export async function buildProductDocuments(
  query: Omit<RemoteQueryFunction, symbol>,
  productIds: string[],
  now = new Date(),
): Promise<ProductSearchDocument[]> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return []
  const { data: listings } = await query.graph({
    entity: "listing",
    fields: [
      "product_id",
      "stars",
      "level",
      "product_group",
      "province",
      "price_from",
      "certified_at",
      "listed_until",
      "producer.name",
      "producer.handle",
    ],
    filters: { product_id: ids, ...listedNowFilter(now) },
  })
  const listed = (listings as ListingRow[]).map((listing) => listing.product_id)
  if (!listed.length) return []
  const [{ data: products }, { data: stories }] = await Promise.all([
    query.graph({
      entity: "product",
      fields: [
        "id",
        "handle",
        "title",
        "variants.manage_inventory",
        "variants.inventory_items.required_quantity",
        "variants.inventory_items.inventory.location_levels.location_id",
        "variants.inventory_items.inventory.location_levels.stocked_quantity",
        "variants.inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { id: listed, status: "published" },
    }),
    query.graph({
      entity: "product_story",
      fields: [
        "product_id",
        "locale",
        "product_title",
        "product_description",
        "title",
        "body",
        "origin_place",
      ],
      filters: { product_id: listed },
    }),
  ])
  const byId = new Map((products as ProductRow[]).map((product) => [product.id, product]))
  return (listings as ListingRow[]).flatMap((listing) => {
    const product = byId.get(listing.product_id)
    if (!product) return []
    const own = (stories as StoryRow[]).filter((story) => story.product_id === product.id)
    return [toSearchDocument(listing, product, own)]
  })
}
