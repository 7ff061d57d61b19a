import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import { listedNowFilter } from "../../../../../modules/ocop/lib/listed-now"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { foldVietnamese } from "../../../../../search/text"

type ProductRow = {
  id: string
  title: string
  variants?:
    | {
        id: string
        title: string
        sku: string | null
        manage_inventory: boolean
        inventory_items?: { inventory_item_id: string }[] | null
      }[]
    | null
}

/** How many product titles a search looks through for their producers. */
const TITLE_MATCHES = 500

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * What a place can receive on consignment: producers with listable products, each with its
 * shelf-stocked variants (one inventory item each; services such as tours are not shelf stock).
 * `q` matches a producer's name or a product's title, with or without diacritics (the story
 * titles; the product's own title as typed); `producer_id` picks one producer.
 */
export async function receivableGoods(
  container: MedusaContainer,
  params: { q?: string; producer_id?: string; limit: number; offset: number },
) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const q = params.q?.trim()
  let matching: string[] = []
  if (q) {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { title: { $ilike: like(q) }, status: "published" },
      pagination: { take: TITLE_MATCHES },
    })
    const listings = data.length
      ? await ocop.listListings(
          { product_id: data.map((row) => row.id as string), ...listedNowFilter() },
          { select: ["producer_id"] },
        )
      : []
    const byText = await ocop.listProducerIdsMatching(like(foldVietnamese(q)))
    matching = [
      ...new Set([...byText, ...listings.map((listing) => listing.producer_id as string)]),
    ]
  }
  const filters = {
    listings: listedNowFilter(),
    ...(params.producer_id ? { id: params.producer_id } : {}),
    ...(q ? { id: matching } : {}),
  }
  const [producers, count] = await ocop.listAndCountProducers(filters, {
    select: ["id", "name", "province"],
    order: { name: "ASC" },
    take: params.limit,
    skip: params.offset,
  })
  if (!producers.length) return { producers: [], count }
  const listings = await ocop.listListings(
    { producer_id: producers.map((producer) => producer.id), ...listedNowFilter() },
    { select: ["product_id", "producer_id"] },
  )
  const { data } = listings.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id",
          "title",
          "variants.id",
          "variants.title",
          "variants.sku",
          "variants.manage_inventory",
          "variants.inventory_items.inventory_item_id",
        ],
        filters: { id: listings.map((listing) => listing.product_id) },
      })
    : { data: [] }
  const products = new Map((data as ProductRow[]).map((product) => [product.id, product]))
  return {
    producers: producers.map((producer) => ({
      id: producer.id,
      name: producer.name,
      province: producer.province,
      products: listings
        .filter((listing) => listing.producer_id === producer.id)
        .map((listing) => products.get(listing.product_id))
        .filter((product): product is ProductRow => Boolean(product))
        .map((product) => ({
          id: product.id,
          title: product.title,
          variants: (product.variants ?? [])
            .filter((v) => v.manage_inventory && (v.inventory_items ?? []).length === 1)
            .map((v) => ({ id: v.id, title: v.title, sku: v.sku })),
        }))
        .filter((product) => product.variants.length)
        .sort((a, b) => a.title.localeCompare(b.title, "vi")),
    })),
    count,
  }
}
