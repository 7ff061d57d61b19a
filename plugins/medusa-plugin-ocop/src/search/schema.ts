import { search } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"

/** Index names: the Postgres index always exists (it is the fallback); Meilisearch's when set. */
export const SEARCH_INDEXES = {
  postgres: "ocop_products_pg",
  meilisearch: "ocop_products_meili",
} as const

/** Provider identifiers, as the providers declare them (`static identifier`). */
export const SEARCH_PROVIDERS = {
  postgres: "search-postgres",
  meilisearch: "meilisearch",
} as const

/**
 * One document per listable product. Display fields keep their Vietnamese spelling; the
 * `search_*` fields hold the same words folded (see text.ts) and are the only ones
 * matched against a query, which is folded the same way. The story is matched but never
 * returned.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable().sortable(),
  handle: search.keyword(),
  title: search.text(),
  title_en: search.text(),
  producer_name: search.text(),
  producer_handle: search.keyword().filterable().facetable(),
  province: search.keyword().filterable().facetable(),
  product_group: search.keyword().filterable().facetable(),
  level: search.keyword().filterable(),
  stars: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["value"] }),
  price_from: search
    .integer()
    .filterable()
    .sortable()
    .facetable({ types: ["stats"] }),
  certified_at: search.date().filterable().sortable(),
  listed_until: search.date().filterable(),
  stock_location_ids: search.keyword().array().filterable().facetable(),
  search_title: search.text().searchable({ weight: 3 }),
  search_producer: search.text().searchable({ weight: 2 }),
  search_place: search.text().searchable({ weight: 2 }),
  search_group: search.text().searchable({ weight: 2 }),
  search_story: search.text().searchable({ weight: 1 }).retrievable(false),
})

export type ProductSearchDocument = SearchTypes.InferSearchDocumentType<typeof productSearchFields>

/**
 * The short folded fields whose words make the vocabulary a misspelt query is corrected
 * against on Postgres (vocabulary.ts); retrievable so the vocabulary can be read back.
 */
export const VOCABULARY_FIELDS = ["search_title", "search_producer", "search_place", "search_group"]

/**
 * Meilisearch's defaults (one typo from 5 letters, two from 9) suit Vietnamese syllables, which
 * are short: "thuat" still finds "thuột", "que" must be spelt right. Postgres honours `enabled`.
 */
export const productSearchSettings: SearchTypes.SearchIndexSettings = {
  typo_tolerance: { enabled: true, min_word_size_for_one_typo: 5, min_word_size_for_two_typos: 9 },
}
