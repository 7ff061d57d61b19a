import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Locale } from "@ocop/shared"
import type { ListedRow } from "../modules/ocop/listing-reads"

/** A listing as cards show it: the gate's plain rows, or listing entities with their producer. */
type ListingRow = ListedRow

type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
}

type StoryRow = { product_id: string; locale: string; product_title: string }

/** The product rows and shopper-language titles cards show, by product id. */
export type CardProducts = { byId: Map<string, ProductRow>; titles: Map<string, string> }

/**
 * Reads what cards show of the products themselves. It needs only the ids, so a caller that
 * has them before the listings (search) reads both at once.
 */
export async function cardProducts(
  container: MedusaContainer,
  productIds: string[],
  locale: Locale,
): Promise<CardProducts> {
  if (!productIds.length) return { byId: new Map(), titles: new Map() }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, { data: stories }] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id", "handle", "title", "subtitle", "thumbnail"],
      filters: { id: productIds, status: "published" },
    }),
    locale === "vi"
      ? Promise.resolve({ data: [] as StoryRow[] })
      : query.graph({
          entity: "product_story",
          fields: ["product_id", "locale", "product_title"],
          filters: { product_id: productIds, locale },
        }),
  ])
  return {
    byId: new Map((products as ProductRow[]).map((product) => [product.id, product])),
    titles: new Map(
      (stories as StoryRow[]).map((story) => [story.product_id, story.product_title]),
    ),
  }
}

/** What a shopper's product card needs, in the shopper's language, in the listings' order. */
export function toSummaries(listings: ListingRow[], { byId, titles }: CardProducts) {
  return listings.flatMap((listing) => {
    const product = byId.get(listing.product_id)
    if (!product) return []
    return [
      {
        id: product.id,
        handle: product.handle,
        title: titles.get(product.id) ?? product.title,
        subtitle: product.subtitle,
        thumbnail: product.thumbnail,
        price:
          listing.price_from === null ? null : { amount: listing.price_from, currency_code: "vnd" },
        stars: listing.stars,
        level: listing.level,
        product_group: listing.product_group,
        province: listing.province,
        producer: {
          id: listing.producer.id,
          handle: listing.producer.handle,
          name: listing.producer.name,
        },
      },
    ]
  })
}

/** The cards of these listings, in their order. */
export async function productSummaries(
  container: MedusaContainer,
  listings: ListingRow[],
  locale: Locale,
) {
  const ids = listings.map((listing) => listing.product_id)
  return toSummaries(listings, await cardProducts(container, ids, locale))
}
