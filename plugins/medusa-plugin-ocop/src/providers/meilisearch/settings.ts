import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { Settings } from "./client"

type Field = SearchTypes.SearchFieldDefinition

/** Leaf fields by dotted path; object fields contribute their leaves. */
export function leafFields(fields: Record<string, Field>, prefix = ""): [string, Field][] {
  return Object.entries(fields).flatMap(([name, field]): [string, Field][] => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" && field.fields
      ? leafFields(field.fields, path)
      : [[path, field]]
  })
}

const weight = (field: Field) =>
  typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1
const isSearchable = (field: Field) =>
  field.searchable === true || typeof field.searchable === "object"
const isFacetable = (field: Field) =>
  field.facetable === true || typeof field.facetable === "object"

/**
 * Meilisearch index settings from a definition. `searchableAttributes` is ordered by weight,
 * which is how Meilisearch weighs attributes. Every filterable or facetable field is filterable
 * (Meilisearch facets only filterable ones). The "sort" rule comes first, so an explicit sort is
 * obeyed as on Postgres (ORDER BY) and relevance decides otherwise. Diacritics need nothing
 * here: Meilisearch's Latin normaliser removes them and maps "đ" to "d", and our documents and
 * queries arrive folded anyway.
 */
export function meilisearchSettings(index: SearchTypes.ResolvedSearchIndexDefinition): Settings {
  const leaves = leafFields(index.fields)
  for (const [path, field] of leaves) {
    if (field.type === "vector" || field.type === "geo") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The meilisearch provider does not support ${field.type} fields ("${path}")`,
      )
    }
  }
  const searchable = leaves
    .filter(([, field]) => isSearchable(field))
    .sort(([, a], [, b]) => weight(b) - weight(a))
    .map(([path]) => path)
  const typo = index.settings.typo_tolerance
  return {
    searchableAttributes: searchable,
    filterableAttributes: leaves
      .filter(([, field]) => field.filterable || isFacetable(field))
      .map(([path]) => path),
    sortableAttributes: leaves.filter(([, field]) => field.sortable).map(([path]) => path),
    displayedAttributes: leaves
      .filter(([, field]) => field.retrievable !== false)
      .map(([path]) => path),
    rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      minWordSizeForTypos: {
        oneTypo: typo?.min_word_size_for_one_typo ?? 5,
        twoTypos: typo?.min_word_size_for_two_typos ?? 9,
      },
      disableOnAttributes: typo?.disabled_on_attributes ?? [],
    },
    distinctAttribute: index.settings.distinct_attribute ?? null,
    // Values kept per facet are the most frequent ones, as facetResult sorts them (Meilisearch
    // keeps the first alphabetically by default, so a facet over many producers lost the top).
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
    pagination: { maxTotalHits: 100_000 },
    ...index.settings.provider_options?.meilisearch,
  }
}

/** Dates become epoch milliseconds, the only form Meilisearch can range-filter and sort. */
export function toMeiliDocument(
  document: SearchTypes.SearchDocument,
  index: SearchTypes.ResolvedSearchIndexDefinition,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...document }
  for (const [path, field] of leafFields(index.fields)) {
    if (field.type !== "date" || path.includes(".")) continue
    const value = out[path]
    if (value instanceof Date || typeof value === "string") out[path] = new Date(value).getTime()
  }
  return out
}

/** Hits carry dates back as ISO strings, as the Postgres provider returns them. */
export function fromMeiliDocument(
  hit: Record<string, unknown>,
  index: SearchTypes.ResolvedSearchIndexDefinition,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const dates = new Set(
    leafFields(index.fields)
      .filter(([, field]) => field.type === "date")
      .map(([path]) => path),
  )
  for (const [key, value] of Object.entries(hit)) {
    if (key.startsWith("_")) continue
    out[key] = dates.has(key) && typeof value === "number" ? new Date(value).toISOString() : value
  }
  return out
}
