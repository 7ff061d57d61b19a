// What the Meilisearch provider sends, exactly: index settings, documents, filters and queries,
// checked against a mock of the official client because no Meilisearch server runs here.
import "@medusajs/framework/modules-sdk"
import type { Logger } from "@medusajs/framework/types"
import { beforeEach, describe, expect, it } from "vitest"
import { runProductSearch } from "../../../search/engine"
import { SEARCH_INDEXES } from "../../../search/schema"
import { catalogue } from "../../../search/__tests__/fixtures"
import { moduleSearcher, resolveDefinition } from "../../../search/__tests__/harness"
import { productSearchIndex } from "../../../search/ocop-products"
import type { SearchResponse } from "../client"
import { compileFilter } from "../filters"
import { MeilisearchSearchProvider } from "../service"
import { MockMeiliClient } from "./mock-meili-client"

const logger = {} as Logger
const index = resolveDefinition(
  { ...productSearchIndex, name: SEARCH_INDEXES.meilisearch },
  "meilisearch",
  "",
)
const uid = "ocop_products_meili"
const now = new Date("2026-01-01T00:00:00.000Z")

let client: MockMeiliClient
let provider: MeilisearchSearchProvider

beforeEach(() => {
  client = new MockMeiliClient()
  provider = new MeilisearchSearchProvider({ logger }, { host: "http://meili.test" }, client)
})

describe("Meilisearch index settings", () => {
  /** The facets and filters of the catalogue, each also shown in the hits. */
  const filtered = [
    "producer_handle",
    "province",
    "product_group",
    "level",
    "stars",
    "price_from",
    "certified_at",
    "listed_until",
    "stock_location_ids",
  ]

  it("creates the index keyed by id and applies settings derived from the definition", async () => {
    await provider.upsertIndex({ index })
    expect(client.callsTo("createIndex")).toEqual([
      { method: "createIndex", index: uid, args: [{ primaryKey: "id" }] },
    ])
    expect(client.callsTo("updateSettings")[0].args[0]).toEqual({
      searchableAttributes: [
        "search_title",
        "search_producer",
        "search_place",
        "search_group",
        "search_story",
      ],
      filterableAttributes: ["id", ...filtered],
      sortableAttributes: ["id", "stars", "price_from", "certified_at"],
      displayedAttributes: [
        "id",
        "handle",
        "title",
        "title_en",
        "producer_name",
        ...filtered,
        "search_title",
        "search_producer",
        "search_place",
        "search_group",
      ],
      rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
      typoTolerance: {
        enabled: true,
        minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
        disableOnAttributes: [],
      },
      distinctAttribute: null,
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
      pagination: { maxTotalHits: 100_000 },
    })
    expect(client.callsTo("waitForTask").map((call) => call.args[0])).toEqual([1, 2])
  })

  it("accepts an index that already exists, and fails on any other task error", async () => {
    client.taskResults.set(1, {
      status: "failed",
      error: { code: "index_already_exists", message: "x" },
    })
    await expect(provider.upsertIndex({ index })).resolves.toMatchObject({ status: "succeeded" })
    client = new MockMeiliClient()
    provider = new MeilisearchSearchProvider({ logger }, { host: "http://meili.test" }, client)
    client.taskResults.set(2, {
      status: "failed",
      error: { code: "invalid_settings", message: "no" },
    })
    await expect(provider.upsertIndex({ index })).rejects.toThrow(/failed: no/)
  })
})

describe("Meilisearch documents", () => {
  it("sends the index documents with dates as epoch milliseconds", async () => {
    const que = catalogue.find((document) => document.id === "prod_02_que")!
    const task = await provider.upsertDocuments({ index: uid, definition: index, documents: [que] })
    expect(task).toEqual({ id: "1", index: uid, status: "enqueued" })
    const [documents, options] = client.callsTo("addDocuments")[0].args
    expect(options).toEqual({ primaryKey: "id" })
    expect(documents).toEqual([
      {
        id: "prod_02_que",
        handle: "prod-02-que",
        title: "Quế Trà My thanh",
        title_en: "Tra My cinnamon sticks",
        producer_name: "HTX Quế Trà My",
        producer_handle: "htx-que-tra-my",
        province: "Quảng Nam",
        product_group: "herbal",
        level: "national",
        stars: 5,
        price_from: 95000,
        certified_at: Date.parse("2024-06-01T00:00:00.000Z"),
        listed_until: Date.parse("2030-01-01T00:00:00.000Z"),
        stock_location_ids: ["sloc_quangnam"],
        search_title: "que tra my thanh tra my cinnamon sticks",
        search_producer: "htx que tra my",
        search_place: "quang nam tra my, quang nam",
        search_group: "duoc lieu thao duoc san pham tu duoc lieu medicinal herbs herbal",
        search_story: "que tra my thanh tra my cinnamon sticks",
      },
    ])
  })

  it("settles write tasks, reporting Meilisearch's error when one fails", async () => {
    client.taskResults.set(7, {
      status: "failed",
      error: { code: "invalid_document_id", message: "bad id" },
    })
    await expect(provider.waitForTask({ id: "7", status: "enqueued" })).resolves.toEqual({
      id: "7",
      status: "failed",
      error: { code: "invalid_document_id", message: "bad id" },
    })
    await expect(provider.waitForTask({ id: "8", status: "enqueued" })).resolves.toMatchObject({
      status: "succeeded",
    })
  })

  it("deletes by id through the id path, and by any other filter through a filter", async () => {
    await provider.deleteDocuments({ index: uid, filters: { id: ["a", "b"] } })
    await provider.deleteDocuments({ index: uid, filters: { province: "Quảng Nam" } })
    expect(client.callsTo("deleteDocuments").map((call) => call.args[0])).toEqual([
      ["a", "b"],
      { filter: 'province = "Quảng Nam"' },
    ])
  })

  it("reads document counts from the instance stats", async () => {
    client.stats = { [uid]: { numberOfDocuments: 12 } }
    expect(await provider.listIndexes()).toEqual([
      { name: uid, provider: "meilisearch", document_count: 12 },
    ])
  })
})

describe("Meilisearch filters", () => {
  it("compiles the operators Meilisearch has, quoting strings and dates as numbers", () => {
    expect(
      compileFilter({
        title: 'Rượu "sâm" \\ dây',
        stars: { $in: [4, 5] },
        level: { $nin: ["local"] },
        price_from: { $exists: true },
        listed_until: { $gt: now },
        stock_location_ids: { $contains: ["a", "b"] },
        $or: [{ province: "Kon Tum" }, { $not: { product_group: null } }],
      }),
    ).toBe(
      '(title = "Rượu \\"sâm\\" \\\\ dây") AND (stars IN [4, 5]) AND (level NOT IN ["local"]) AND ' +
        "(price_from EXISTS) AND (listed_until > 1767225600000) AND " +
        '(stock_location_ids = "a" AND stock_location_ids = "b") AND ' +
        '(((province = "Kon Tum") OR (NOT (product_group IS NULL))))',
    )
  })

  it("rejects substring filters rather than approximating them", () => {
    expect(() => compileFilter({ title: { $like: "%que%" } })).toThrow(/does not support/)
    expect(() => compileFilter({ title: { $prefix: "que" } })).toThrow(/does not support/)
  })
})

describe("a shopper's query on Meilisearch", () => {
  const params = {
    q: "Quế Trà My",
    group: "herbal" as const,
    stars: 4,
    province: "Quảng Nam",
    producer: "htx-que-tra-my",
    price_min: 50000,
    price_max: 100000,
    in_stock_at: ["sloc_quangnam"],
    order: "price_asc" as const,
    limit: 24,
    offset: 24,
  }
  const filter = (...without: string[]) =>
    [
      ["listed_until", "listed_until > 1767225600000"],
      ["product_group", 'product_group = "herbal"'],
      ["stars", "stars >= 4"],
      ["province", 'province = "Quảng Nam"'],
      ["producer_handle", 'producer_handle = "htx-que-tra-my"'],
      ["price_from", "(price_from >= 50000) AND (price_from <= 100000)"],
      ["stock_location_ids", 'stock_location_ids IN ["sloc_quangnam"]'],
    ]
      .filter(([field]) => !without.includes(field))
      .map(([, clause]) => `(${clause})`)
      .join(" AND ")

  it("sends one multi-search: the page, then one facet query per filtered facet", async () => {
    await runProductSearch(moduleSearcher(provider, index), params, now)
    const [{ args }] = client.callsTo("multiSearch")
    const { queries } = args[0] as { queries: Record<string, unknown>[] }
    const common = {
      indexUid: uid,
      q: "que tra my",
      sort: ["price_from:asc", "id:asc"],
      attributesToRetrieve: ["id"],
      matchingStrategy: "all",
    }
    expect(queries[0]).toEqual({
      ...common,
      filter: filter(),
      facets: ["stars", "product_group", "province", "producer_handle", "price_from"],
      page: 2,
      hitsPerPage: 24,
    })
    expect(queries.slice(1)).toEqual(
      ["stars", "product_group", "province", "producer_handle", "price_from"].map((field) => ({
        ...common,
        filter: filter(field),
        facets: [field],
        offset: 0,
        limit: 0,
      })),
    )
  })

  it("maps hits, exact counts and facets back, dates as ISO strings", async () => {
    const page = {
      hits: [{ id: "prod_02_que", certified_at: Date.parse("2024-06-01T00:00:00.000Z") }],
      processingTimeMs: 2,
      query: "que tra my",
      totalHits: 25,
      facetDistribution: {
        stars: { "5": 1 },
        product_group: { herbal: 1 },
        province: { "Quảng Nam": 1 },
        producer_handle: { "htx-que-tra-my": 1 },
        price_from: { "95000": 1 },
      },
      facetStats: { price_from: { min: 95000, max: 95000 } },
    } as unknown as SearchResponse
    const facet = (field: string, distribution: Record<string, number>) =>
      ({
        hits: [],
        processingTimeMs: 1,
        query: "",
        estimatedTotalHits: 0,
        facetDistribution: { [field]: distribution },
        ...(field === "price_from"
          ? { facetStats: { price_from: { min: 85000, max: 95000 } } }
          : {}),
      }) as unknown as SearchResponse
    client.responses = [
      page,
      facet("stars", { "5": 1, "4": 1 }),
      facet("product_group", { herbal: 1, drink: 3 }),
      facet("province", { "Quảng Nam": 1 }),
      facet("producer_handle", { "htx-que-tra-my": 1, "htx-sam-ngoc-linh": 4 }),
      facet("price_from", { "85000": 1, "95000": 1 }),
    ]
    const found = await runProductSearch(moduleSearcher(provider, index), params, now)
    expect(found).toEqual({
      ids: ["prod_02_que"],
      count: 25,
      facets: {
        stars: {
          type: "value",
          values: [
            { value: "4", count: 1 },
            { value: "5", count: 1 },
          ],
        },
        product_group: {
          type: "value",
          values: [
            { value: "drink", count: 3 },
            { value: "herbal", count: 1 },
          ],
        },
        province: { type: "value", values: [{ value: "Quảng Nam", count: 1 }] },
        producer_handle: {
          type: "value",
          values: [
            { value: "htx-sam-ngoc-linh", count: 4 },
            { value: "htx-que-tra-my", count: 1 },
          ],
        },
        price_from: { type: "stats", min: 85000, max: 95000, count: 0 },
      },
    })
  })

  it("refuses what Meilisearch cannot do instead of answering differently", async () => {
    const search = moduleSearcher(provider, index)
    await expect(
      search.search({
        entity: index.name,
        filters: { q: "que" },
        search_options: { typo_tolerance: false },
      }),
    ).rejects.toThrow(/typo tolerance/)
    await expect(
      search.search({
        entity: index.name,
        search_options: { facets: [{ field: "price_from", type: "range", ranges: [{ to: 1 }] }] },
      }),
    ).rejects.toThrow()
    await expect(
      search.search({
        entity: index.name,
        pagination: { order: { stars: "DESC", _score: "DESC" } },
      }),
    ).rejects.toThrow(/relevance/)
  })
})
