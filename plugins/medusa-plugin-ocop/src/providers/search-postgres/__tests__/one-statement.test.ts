// A search in one statement (one-statement.ts) against Medusa's own Postgres provider, on the
// same real Postgres and the same documents: the same matches, counts, facets and order.
import "@medusajs/framework/modules-sdk"
import { randomUUID } from "node:crypto"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { normalizeSearchQuery } from "@medusajs/search/dist/utils"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { catalogue } from "../../../search/__tests__/fixtures"
import {
  moduleSearcher,
  pgManager,
  resolveDefinition,
  searchDatabase,
} from "../../../search/__tests__/harness"
import { runProductSearch } from "../../../search/engine"
import type { ProductSearchParams } from "../../../search/query"
import { productSearchIndex } from "../../../search/ocop-products"
import { SlimPostgresSearchProvider } from "../service"

const logger = { warn: () => undefined, info: () => undefined } as unknown as Logger
const options = { language: "vietnamese" }

/** A word said forty times in one product's story, and in another's title. */
const robusta = catalogue.find((document) => document.id === "prod_01_robusta")!
const che = catalogue.find((document) => document.id === "prod_05_che")!
const documents = [
  ...catalogue,
  { ...che, id: "prod_10_story", search_story: `${che.search_story} ${"robusta ".repeat(40)}` },
]

/** Queries on every path: text, browse, each filter, each order, pages, disjunctive facets. */
const QUERIES: Partial<ProductSearchParams>[] = [
  {},
  { q: "ca phe" },
  { q: "que tra my" },
  { q: "dak lak", stars: 4 },
  { q: "htx", group: "drink", order: "price_asc" },
  { q: "do uong", province: "Thái Nguyên" },
  { q: "khong co gi" },
  { group: "herbal" },
  { stars: 4, order: "stars" },
  { producer: "htx-que-tra-my" },
  { price_min: 85000, price_max: 150000, order: "price_desc" },
  { in_stock_at: ["sloc_daklak", "sloc_hanoi"] },
  { order: "newest", limit: 3, offset: 3 },
  { q: "htx", order: "price_asc", limit: 2, offset: 2 },
  { province: "Quảng Nam", group: "handicraft", stars: 3 },
]

describe("Postgres search in one statement", () => {
  let stop: () => Promise<void>
  let manager: ReturnType<typeof pgManager>
  let statements = 0
  let ours: ReturnType<typeof moduleSearcher>
  let medusa: ReturnType<typeof moduleSearcher>
  type Opened = {
    provider: SearchTypes.ISearchProvider
    index: SearchTypes.ResolvedSearchIndexDefinition
  }
  let direct: { ours: Opened; medusa: Opened }
  let ourTable: string

  beforeAll(async () => {
    const database = await searchDatabase()
    stop = database.stop
    manager = pgManager(database.pool)
    const counted = {
      ...manager,
      execute: (sql: string, params?: unknown[]) => {
        statements++
        return manager.execute(sql, params)
      },
    }
    const open = async (provider: SlimPostgresSearchProvider | PostgresSearchService) => {
      const index = resolveDefinition(
        productSearchIndex,
        provider.identifier,
        `one_${randomUUID().slice(0, 8)}`,
      )
      await provider.upsertIndex({ index })
      await provider.upsertDocuments({ index: index.physical_name, definition: index, documents })
      return { searcher: moduleSearcher(provider, index), index, provider }
    }
    const slim = await open(new SlimPostgresSearchProvider({ manager: counted, logger }, options))
    ours = slim.searcher
    ;[{ table_name: ourTable }] = await manager.execute(
      `SELECT table_name FROM search_postgres_index WHERE name = ?`,
      [slim.index.physical_name],
    )
    const theirs = await open(new PostgresSearchService({ manager, logger }, options))
    medusa = theirs.searcher
    direct = { ours: slim, medusa: theirs }
  }, 120_000)

  afterAll(async () => stop?.())

  const search = (searcher: typeof ours, params: Partial<ProductSearchParams>) =>
    runProductSearch(searcher, { limit: 50, offset: 0, ...params })

  it.each(QUERIES)("answers %o as Medusa's provider does", async (params) => {
    const [mine, theirs] = [await search(ours, params), await search(medusa, params)]
    expect(mine.count).toBe(theirs.count)
    expect(mine.facets).toEqual(theirs.facets)
    // Relevance ranks on a shorter vector (below); every explicit order is the same.
    if (params.q && !params.order) expect([...mine.ids].sort()).toEqual([...theirs.ids].sort())
    else expect(mine.ids).toEqual(theirs.ids)
  })

  it("counts array, range, alphabetical and prefixed facets as Medusa's provider does", async () => {
    const search = ({ provider, index }: Opened, q?: string) =>
      provider.search(
        normalizeSearchQuery({
          index,
          query: {
            entity: index.name,
            fields: ["id", "handle"],
            filters: { ...(q ? { q } : {}), stars: { $gte: 3 } },
            pagination: { skip: 1, take: 4, order: { price_from: "DESC", id: "ASC" } },
            search_options: {
              include_score: true,
              facets: [
                { field: "stock_location_ids", type: "value" },
                {
                  field: "price_from",
                  type: "range",
                  ranges: [{ to: 150_000 }, { from: 150_000 }],
                },
                { field: "province", type: "value", sort: "alpha" },
                { field: "stars", type: "value", query: "4" },
                { field: "product_group", type: "value", limit: 2 },
              ],
            },
          } as SearchTypes.SearchQuery,
        }),
      )
    for (const q of [undefined, "htx"]) {
      const [mine, theirs] = [await search(direct.ours, q), await search(direct.medusa, q)]
      expect(mine.facets).toEqual(theirs.facets)
      expect(mine.metadata.count).toBe(theirs.metadata.count)
      expect(mine.hits).toEqual(theirs.hits)
    }
  })

  it("ranks on title, producer, place and group: a story repeating a word does not outrank it", async () => {
    expect((await search(medusa, { q: "robusta" })).ids[0]).toBe("prod_10_story")
    expect((await search(ours, { q: "robusta" })).ids).toEqual([robusta.id, "prod_10_story"])
  })

  it("answers a search in one statement, plus one per facet whose own filter is relaxed", async () => {
    await search(ours, { q: "ca phe" })
    statements = 0
    await search(ours, { q: "ca phe" })
    expect(statements).toBe(1) // the index's catalogue row was read by the first search
    statements = 0
    await search(ours, { q: "ca phe", stars: 4, province: "Đắk Lắk" })
    expect(statements).toBe(3)
  })

  it("reports an index dropped by another process as missing, as Medusa's provider does", async () => {
    const provider = new SlimPostgresSearchProvider({ manager, logger }, options)
    const index = resolveDefinition(productSearchIndex, provider.identifier, "dropped")
    await provider.upsertIndex({ index })
    await provider.upsertDocuments({ index: index.physical_name, definition: index, documents })
    const searcher = moduleSearcher(provider, index)
    expect((await search(searcher, { q: "robusta" })).count).toBe(2)
    const otherProcess = new SlimPostgresSearchProvider({ manager, logger }, options)
    await otherProcess.deleteIndex({ index: index.physical_name })
    await expect(search(searcher, { q: "robusta" })).rejects.toMatchObject({ type: "not_found" })
  })

  it("still answers on a table built before the rank vector existed", async () => {
    const provider = new SlimPostgresSearchProvider({ manager, logger }, options)
    const index = resolveDefinition(productSearchIndex, provider.identifier, "before_rank")
    await provider.upsertIndex({ index })
    await provider.upsertDocuments({ index: index.physical_name, definition: index, documents })
    const [{ table_name }] = await manager.execute(
      `SELECT table_name FROM search_postgres_index WHERE name = ?`,
      [index.physical_name],
    )
    expect(table_name).not.toBe(ourTable)
    await manager.execute(`ALTER TABLE "${table_name}" DROP COLUMN "rank_vector"`)
    const fresh = new SlimPostgresSearchProvider({ manager, logger }, options)
    const found = await runProductSearch(moduleSearcher(fresh, index), {
      q: "robusta",
      limit: 10,
      offset: 0,
    })
    expect(new Set(found.ids)).toEqual(new Set([robusta.id, "prod_10_story"]))
  })
})
