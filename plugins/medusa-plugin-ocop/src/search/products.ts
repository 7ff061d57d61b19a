import type { MedusaContainer } from "@medusajs/framework/types"
import type { Locale } from "@ocop/shared"
import { runProductSearch } from "./engine"
import { facetsFromTable, type ProductFacets, toProductFacets } from "./facets"
import { productSearchers, withSearchFallback } from "./indexes"
import { listedInOrder, listingsFromTable, tableScope } from "./listings"
import {
  producerFacetFromIndex,
  producerFacetFromTable,
  selectedProducer,
  withSelectedProducer,
} from "./producer-facet"
import { type ProductSearchParams, searchText } from "./query"
import { cardProducts, productSummaries, toSummaries } from "../lib/store-products"

/**
 * The store's product listing and search. Text and in-stock queries go to a search index
 * (Meilisearch, else Postgres); its hits are re-checked against the gate and read back from
 * the listings, so a card is never older than the database. Browsing goes to the listing
 * table, whose B-tree indexes answer it faster than any scan of a search index can; so does
 * everything when no index can answer (first seed running, Search Module failing). Either way
 * the facets count what the same query returns, each ignoring its own filter.
 */
export async function searchProducts(
  container: MedusaContainer,
  params: ProductSearchParams,
  locale: Locale,
) {
  if (searchText(params.q) || params.in_stock_at) {
    const found = await withSearchFallback(
      container,
      await productSearchers(container),
      (searcher) => runProductSearch(searcher, params),
    )
    if (found) {
      const [listings, cards] = await Promise.all([
        listedInOrder(container, found.ids),
        cardProducts(container, found.ids, locale),
      ])
      const products = toSummaries(listings, cards)
      const dropped = found.ids.length - products.length
      const count = Math.max(0, found.count - dropped)
      const producer = await producerFacetFromIndex(
        container,
        found.facets.producer_handle?.type === "value" ? found.facets.producer_handle.values : [],
        params.producer,
        count,
      )
      const facets: ProductFacets = { ...toProductFacets(found.facets), producer }
      return { products, count, facets }
    }
  }
  const scope = await tableScope(container, params)
  const [{ listings, count }, cube, top] = await Promise.all([
    listingsFromTable(container, params, scope),
    facetsFromTable(container, params, scope),
    producerFacetFromTable(container, params, scope),
  ])
  const selected = await selectedProducer(container, top, params.producer)
  const facets: ProductFacets = { ...cube, producer: withSelectedProducer(top, selected, count) }
  return { products: await productSummaries(container, listings, locale), count, facets }
}
