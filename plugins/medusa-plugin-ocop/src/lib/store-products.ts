import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Locale } from "../modules/ocop/lib/constants"

type ListingRow = {
  product_id: string
  stars: number | null
  level: string | null
  product_group: string | null
  province: string
  price_from: number | null
  producer: { id: string; handle: string; name: string }
}

type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
}

type StoryRow = { product_id: string; locale: string; product_title: string }

/** What a shopper's product card needs, in the shopper's language, in the listing's order. */
export async function productSummaries(
  container: MedusaContainer,
  listings: ListingRow[],
  locale: Locale,
) {
  if (!listings.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = listings.map((listing) => listing.product_id)
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
  const byId = new Map((products as ProductRow[]).map((product) => [product.id, product]))
  const titles = new Map(
    (stories as StoryRow[]).map((story) => [story.product_id, story.product_title]),
  )
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
