// When Meilisearch fails, the storefront search answers from Postgres and says so in the log.
import "@medusajs/framework/modules-sdk"
import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { afterEach, describe, expect, it, vi } from "vitest"
import { MeilisearchSearchProvider } from "../../providers/meilisearch/service"
import { MockMeiliClient } from "../../providers/meilisearch/__tests__/mock-meili-client"
import { productSearchIndex } from "../../search/ocop-products"
import { runProductSearch } from "../engine"
import { MEILISEARCH_PAUSE_MS, productSearchers, withSearchFallback } from "../indexes"
import { SEARCH_INDEXES } from "../schema"
import { moduleSearcher, resolveDefinition } from "./harness"

const meiliIndex = resolveDefinition(
  { ...productSearchIndex, name: SEARCH_INDEXES.meilisearch },
  "meilisearch",
  "",
)
const params = { q: "que tra my", limit: 24, offset: 0 }
const postgresAnswer: SearchTypes.SearchResult = {
  hits: [{ id: "prod_que", document: { id: "prod_que" } }],
  metadata: { skip: 0, take: 24, count: 1 },
}

function stack(meiliResponses: (Error | undefined)[], postgresFails = false) {
  const client = new MockMeiliClient()
  client.responses = meiliResponses.map((response) => response ?? new Error("unexpected"))
  const meili = moduleSearcher(
    new MeilisearchSearchProvider({ logger: {} as never }, { host: "http://meili.test" }, client),
    meiliIndex,
  )
  const postgresSearch = vi.fn(async () => {
    if (postgresFails) throw new Error("relation does not exist")
    return postgresAnswer
  })
  const search = {
    getIndex: (name: string) => ({
      provider: name.endsWith("meili") ? "meilisearch" : "search-postgres",
    }),
    listIndexes: async () =>
      [SEARCH_INDEXES.meilisearch, SEARCH_INDEXES.postgres].map((name) => ({
        name,
        status: "ready",
      })),
    search: (query: SearchTypes.SearchQuery) =>
      query.entity === SEARCH_INDEXES.meilisearch ? meili.search(query) : postgresSearch(),
  }
  const logger = { warn: vi.fn() }
  const container = {
    resolve: (key: string) => (key === "logger" ? logger : search),
  } as unknown as MedusaContainer
  return { container, client, logger, postgresSearch }
}

const searchWithFallback = async (container: MedusaContainer) =>
  withSearchFallback(container, await productSearchers(container), (searcher) =>
    runProductSearch(searcher, params),
  )

afterEach(() => {
  vi.useRealTimers()
})

describe("search fallback", () => {
  it("answers from Postgres when Meilisearch is down, logs it, and rests Meilisearch a while", async () => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z"), toFake: ["Date"] })
    const down = new Error("fetch failed: connect ECONNREFUSED 127.0.0.1:7700")
    const { container, client, logger, postgresSearch } = stack([down])

    expect((await productSearchers(container)).map((searcher) => searcher.index)).toEqual([
      SEARCH_INDEXES.meilisearch,
      SEARCH_INDEXES.postgres,
    ])
    expect(await searchWithFallback(container)).toMatchObject({ ids: ["prod_que"], count: 1 })
    expect(logger.warn).toHaveBeenCalledWith(
      "[search] ocop_products_meili failed (fetch failed: connect ECONNREFUSED 127.0.0.1:7700); answering from ocop_products_pg",
    )
    expect(postgresSearch).toHaveBeenCalledTimes(1)

    await searchWithFallback(container)
    expect(client.callsTo("multiSearch")).toHaveLength(1)
    expect(postgresSearch).toHaveBeenCalledTimes(2)

    vi.setSystemTime(Date.now() + MEILISEARCH_PAUSE_MS + 1)
    expect((await productSearchers(container))[0].index).toBe(SEARCH_INDEXES.meilisearch)
  })

  it("gives up on the indexes (the caller reads the listing table) when Postgres fails too", async () => {
    vi.useFakeTimers({ now: new Date("2027-01-01T00:00:00Z"), toFake: ["Date"] })
    const { container, logger } = stack([new Error("timeout")], true)
    expect(await searchWithFallback(container)).toBeUndefined()
    expect(logger.warn).toHaveBeenLastCalledWith(
      "[search] ocop_products_pg failed (relation does not exist); answering from the listing table",
    )
  })
})
