import type { SearchTypes } from "@medusajs/framework/types"
import {
  type IndexPlan,
  jsonbPath,
  keywordTsQuerySql,
  mapFacetResult,
  type NormalizedFacetRequest,
  normalizeFacetRequests,
  toWhereClause,
} from "@medusajs/search-postgres/dist/utils"

/**
 * The column relevance is ranked on: the document's vector without its lowest weights (the
 * story). A story word still matches through `search_vector`, but ranking reads this short
 * vector, which stays in the row, instead of detoasting every match's story-sized vector.
 */
export const RANK_VECTOR = "rank_vector"

export const addRankVectorSql = (table: string) =>
  `ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${RANK_VECTOR}" tsvector
     GENERATED ALWAYS AS (ts_filter("search_vector", '{a,b}')) STORED`

/** What the provider has resolved for one query: its table, plan, text config and order. */
export type OneStatementInput = {
  table: string
  plan: IndexPlan
  query: SearchTypes.ProviderSearchQuery
  tsConfig: string
  /** `rank_vector`, or `search_vector` on a table built before it existed. */
  rankColumn: string
  /** The provider's own ORDER BY for the query (`resolveOrderBy`). */
  orderSql: string
}

export type OneStatement = {
  sql: string
  params: unknown[]
  facets: NormalizedFacetRequest[]
}

/** The row the statement returns: hits and facet rows as json, the count as a number. */
export type OneStatementRow = {
  hits: { id: string; document: Record<string, unknown>; score: number }[] | null
  count: number | null
  facets: Record<string, Record<string, unknown>[]> | null
}

/**
 * Whether a query is plain enough for one statement: a keyword or filter-only search with no
 * typo matching, no vector, no deduplication, no score floor and every searchable field in
 * play. Anything else goes to Medusa's provider as it is.
 */
export function fitsOneStatement(query: SearchTypes.ProviderSearchQuery, plan: IndexPlan) {
  const options = query.search_options ?? {}
  const typo =
    !!query.q?.trim() &&
    !!options.typo_tolerance &&
    (query.index.settings.typo_tolerance?.enabled ?? true)
  const searchOn = options.attributes_to_search_on
  return (
    !typo &&
    !options.vector &&
    !(options.distinct ?? query.index.settings.distinct_attribute) &&
    options.min_score === undefined &&
    (!searchOn || plan.searchable.every((path) => searchOn.includes(path)))
  )
}

/**
 * One search as one statement. The match and filters run once: each match is ranked (on the
 * short vector) and has the fields the facets count read out of `indexed`, once, into a
 * materialized set. The page (in the requested order), the count and every facet are then
 * read from that set. Medusa's provider runs the match up to six times (hits,
 * count, one per facet), ranking or reading every matching row's jsonb again each time.
 * Results are the same rows in the same order: the filters and the order are the provider's
 * own builders, and the facets follow its `buildFacetQuery` (the tests compare the two).
 */
export function oneStatement(input: OneStatementInput): OneStatement {
  const { table, plan, query, tsConfig } = input
  const options = query.search_options ?? {}
  const q = query.q?.trim() || undefined
  const skip = query.pagination?.skip ?? 0
  const take = query.pagination?.take ?? 20
  const tsquery = keywordTsQuerySql(tsConfig, options.match_strategy)
  const facets = normalizeFacetRequests(options.facets, plan)
  const params: unknown[] = []

  // Only a page needs its order: a facet-only statement (a relaxed disjunctive facet) ranks nothing.
  const page = take > 0
  const rank = q ? `ts_rank_cd("${input.rankColumn}", ${tsquery})` : "0::float4"
  if (page && q) params.push(q)
  const byFields = Object.keys(query.pagination?.order ?? {}).some((key) => key !== "_score")
  const conditions: string[] = []
  if (q) {
    conditions.push(`"search_vector" @@ ${tsquery}`)
    params.push(q)
  }
  const filters = toWhereClause(query.filters, plan)
  if (filters?.sql) {
    conditions.push(`(${filters.sql})`)
    params.push(...filters.params)
  }
  const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""
  // Read in the scan, so a row's jsonb is read once; `indexed` itself only for an order on it.
  const columns = [
    `"id"`,
    ...(page ? [`${rank} AS score`] : []),
    ...(page && byFields ? [`"indexed"`] : []),
    ...facets.map((request, i) => `${facetValue(request, plan)} AS "facet_${i}"`),
  ]
  const sql = [
    `WITH "matched" AS MATERIALIZED (SELECT ${columns.join(", ")} FROM "${table}" ${where})`,
  ]

  const selects: string[] = []
  if (page) {
    selects.push(`(SELECT json_agg(json_build_object(
        'id', page."id", 'document', doc."document", 'score', page.score) ORDER BY page.position)
      FROM (SELECT "id", score, row_number() OVER (ORDER BY ${input.orderSql}) AS position
        FROM "matched" ORDER BY position LIMIT ? OFFSET ?) page
      JOIN "${table}" doc ON doc."id" = page."id") AS "hits"`)
    params.push(take, skip)
  }
  if (options.count !== "none") selects.push(`(SELECT COUNT(*)::int FROM "matched") AS "count"`)
  if (facets.length) {
    const parts = facets.map((request, i) => {
      const facet = facetSql(request, `"facet_${i}"`, isArray(request, plan), params)
      return `'${request.field}', (SELECT COALESCE(json_agg(facet_row), '[]'::json) FROM (${facet}) facet_row)`
    })
    selects.push(`json_build_object(${parts.join(", ")}) AS "facets"`)
  }
  sql.push(`SELECT ${selects.length ? selects.join(", ") : "NULL AS nothing"}`)
  return { sql: sql.join("\n"), params, facets }
}

/** The value a facet counts, read once per match: text, a number, or a jsonb array. */
function facetValue(request: NormalizedFacetRequest, plan: IndexPlan): string {
  if (request.type !== "value") return `(${jsonbPath(request.field, true)})::float8`
  return isArray(request, plan) ? jsonbPath(request.field) : jsonbPath(request.field, true)
}

const isArray = (request: NormalizedFacetRequest, plan: IndexPlan) =>
  !!plan.fields.get(request.field)?.is_array

/** A facet's rows over its column of the matched set, shaped as `buildFacetQuery`'s are. */
function facetSql(
  request: NormalizedFacetRequest,
  column: string,
  array: boolean,
  params: unknown[],
): string {
  if (request.type === "stats") {
    return `SELECT MIN(${column}) AS min, MAX(${column}) AS max, AVG(${column}) AS avg,
      SUM(${column}) AS sum, COUNT(*)::int AS count FROM "matched"`
  }
  if (request.type === "range") {
    const counts = (request.ranges ?? []).map((range, i) => {
      const bounds: string[] = []
      if (range.from !== undefined) {
        bounds.push(`${column} >= ?`)
        params.push(range.from)
      }
      if (range.to !== undefined) {
        bounds.push(`${column} < ?`)
        params.push(range.to)
      }
      return `COUNT(*) FILTER (WHERE ${bounds.join(" AND ") || "TRUE"})::int AS r${i}`
    })
    return `SELECT ${counts.join(", ")} FROM "matched"`
  }
  const source = array
    ? `SELECT jsonb_array_elements_text(${column}) AS value FROM "matched"
        WHERE jsonb_typeof(${column}) = 'array'`
    : `SELECT ${column} AS value FROM "matched"`
  const like = request.query ? "AND value LIKE ?" : ""
  if (request.query) params.push(`${request.query}%`)
  params.push(request.limit ?? 10)
  const order = request.sort === "alpha" ? "value ASC" : "count DESC, value ASC"
  return `SELECT value, COUNT(*)::int AS count FROM (${source}) facet_values
    WHERE value IS NOT NULL ${like} GROUP BY value ORDER BY ${order} LIMIT ?`
}

/** The facet results of a row, in the provider's shape. */
export function facetsOf(
  statement: OneStatement,
  row: OneStatementRow,
): Record<string, SearchTypes.SearchFacetResult> | undefined {
  if (!statement.facets.length) return undefined
  return Object.fromEntries(
    statement.facets.map((request) => [
      request.field,
      mapFacetResult(request, row.facets?.[request.field] ?? []),
    ]),
  )
}
