// The search contract: what a shopper's query must return, whichever engine answers. Runs for
// real against the Postgres provider (SEARCH_TEST_DATABASE_URL, or an embedded Postgres), and
// against Meilisearch when MEILISEARCH_HOST is set.
import "@medusajs/framework/modules-sdk"
import { randomUUID } from "node:crypto"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { MeilisearchSearchProvider } from "../../providers/meilisearch/service"
import { SlimPostgresSearchProvider } from "../../providers/search-postgres/service"
import { productSearchIndex } from "../../search/ocop-products"
import { type ProductSearcher, runProductSearch } from "../engine"
import type { ProductSearchParams } from "../query"
import { catalogue, EXPIRED_ID } from "./fixtures"
import { moduleSearcher, pgManager, resolveDefinition, searchDatabase } from "./harness"

type Provider = SearchTypes.ISearchProvider
type Engine = { name: string; open(): Promise<{ provider: Provider; close(): Promise<void> }> }

const logger = { warn: () => undefined, info: () => undefined } as unknown as Logger

const engines: Engine[] = [
  {
    name: "postgres",
    async open() {
      const database = await searchDatabase()
      const provider = new SlimPostgresSearchProvider(
        { manager: pgManager(database.pool), logger },
        { language: "vietnamese" },
      )
      return { provider, close: database.stop }
    },
  },
  ...(process.env.MEILISEARCH_HOST
    ? [
        {
          name: "meilisearch",
          open: async () => ({
            provider: new MeilisearchSearchProvider(
              { logger },
              { host: process.env.MEILISEARCH_HOST!, apiKey: process.env.MEILISEARCH_API_KEY },
            ),
            close: async () => undefined,
          }),
        },
      ]
    : []),
]

async function settle(provider: Provider, task: SearchTypes.SearchTask) {
  if (task.status !== "succeeded" && provider.waitForTask) await provider.waitForTask(task)
}

describe.each(engines)("product search contract on $name", (engine) => {
  let provider: Provider
  let close: () => Promise<void>
  let index: SearchTypes.ResolvedSearchIndexDefinition
  let searcher: ProductSearcher

  const find = async (params: Partial<ProductSearchParams>) =>
    runProductSearch(searcher, { limit: 50, offset: 0, ...params })
  const ids = async (params: Partial<ProductSearchParams>) => (await find(params)).ids

  beforeAll(async () => {
    ;({ provider, close } = await engine.open())
    const prefix = `contract_${randomUUID().slice(0, 8)}`
    index = resolveDefinition(productSearchIndex, provider.identifier, prefix)
    await provider.upsertIndex({ index })
    await settle(
      provider,
      await provider.upsertDocuments({
        index: index.physical_name,
        definition: index,
        documents: catalogue,
      }),
    )
    searcher = moduleSearcher(provider, index)
  }, 120_000)

  afterAll(async () => {
    if (index) await provider?.deleteIndex({ index: index.physical_name })
    await close?.()
  })

  it("matches Vietnamese without diacritics, and with them", async () => {
    expect((await ids({ q: "que tra my" }))[0]).toBe("prod_02_que")
    expect((await ids({ q: "QUẾ TRÀ MY" }))[0]).toBe("prod_02_que")
    expect((await ids({ q: "ca phe buon ma thuot" }))[0]).toBe("prod_01_robusta")
    expect((await ids({ q: "dien bien" }))[0]).toBe("prod_07_gao")
  })

  it("spells đ as d: 'dak lak' finds Đắk Lắk", async () => {
    expect(new Set(await ids({ q: "dak lak" }))).toEqual(
      new Set(["prod_01_robusta", "prod_04_mat_ong"]),
    )
    expect(new Set(await ids({ q: "đắk lắk" }))).toEqual(new Set(await ids({ q: "dak lak" })))
  })

  it("tolerates a typo, without matching everything that shares one word", async () => {
    expect((await ids({ q: "ca phe buon ma thuat" }))[0]).toBe("prod_01_robusta")
    expect(await ids({ q: "que tra my thahn" })).toEqual(["prod_02_que"])
    expect(await ids({ q: "tinh dau quee" })).toEqual([])
  })

  it("searches English titles, producers, places, groups and the story text", async () => {
    expect(await ids({ q: "cinnamon" })).toEqual(expect.arrayContaining(["prod_02_que"]))
    expect((await ids({ q: "htx mat ong ea kar" }))[0]).toBe("prod_04_mat_ong")
    expect(new Set(await ids({ q: "do uong" }))).toEqual(
      new Set(["prod_01_robusta", "prod_05_che", "prod_08_tra_thai"]),
    )
    expect(await ids({ q: "phu nu co tu" })).toEqual(["prod_06_tho_cam"])
  })

  it("never returns a product whose certificate lapsed, nor counts it in facets", async () => {
    const all = await find({})
    expect(all.ids).not.toContain(EXPIRED_ID)
    expect(all.count).toBe(catalogue.length - 1)
    expect(await ids({ q: "ca phe chon" })).not.toContain(EXPIRED_ID)
    const stars = all.facets.stars
    expect(stars?.type === "value" && stars.values.reduce((n, v) => n + v.count, 0)).toBe(all.count)
  })

  it("filters by stars, group, province, producer, price range and stock at a place", async () => {
    expect(new Set(await ids({ stars: 5 }))).toEqual(new Set(["prod_01_robusta", "prod_02_que"]))
    expect(new Set(await ids({ group: "herbal" }))).toEqual(
      new Set(["prod_02_que", "prod_03_tinh_dau"]),
    )
    expect(new Set(await ids({ province: "Lai Châu" }))).toEqual(new Set(["prod_05_che"]))
    expect(new Set(await ids({ producer: "htx-que-tra-my" }))).toEqual(
      new Set(["prod_02_que", "prod_03_tinh_dau"]),
    )
    expect(new Set(await ids({ price_min: 85000, price_max: 100000 }))).toEqual(
      new Set(["prod_01_robusta", "prod_02_que", "prod_03_tinh_dau"]),
    )
    expect(new Set(await ids({ in_stock_at: ["sloc_daklak"] }))).toEqual(
      new Set(["prod_01_robusta", "prod_04_mat_ong"]),
    )
    expect(await ids({ in_stock_at: [] })).toEqual([])
    expect(await ids({ q: "tra my", group: "herbal", stars: 5 })).toEqual(["prod_02_que"])
  })

  it("sorts by price, stars and newest, ties broken by id, and pages stably", async () => {
    expect(await ids({ order: "price_asc" })).toEqual([
      "prod_01_robusta",
      "prod_03_tinh_dau",
      "prod_02_que",
      "prod_08_tra_thai",
      "prod_04_mat_ong",
      "prod_07_gao",
      "prod_05_che",
      "prod_06_tho_cam",
    ])
    expect((await ids({ order: "price_desc" }))[0]).toBe("prod_06_tho_cam")
    expect(await ids({ order: "stars", limit: 3 })).toEqual([
      "prod_01_robusta",
      "prod_02_que",
      "prod_06_tho_cam",
    ])
    expect((await ids({ order: "newest" }))[0]).toBe("prod_06_tho_cam")
    const pages = [...(await ids({ limit: 3 })), ...(await ids({ limit: 3, offset: 3 }))]
    expect(pages).toEqual((await ids({})).slice(0, 6))
    expect((await find({ limit: 3, offset: 3 })).count).toBe(catalogue.length - 1)
  })

  it("returns facets over the whole match, each ignoring its own filter", async () => {
    const { facets } = await find({ group: "herbal" })
    const groups = facets.product_group
    expect(groups?.type === "value" && groups.values).toEqual(
      expect.arrayContaining([
        { value: "drink", count: 3 },
        { value: "herbal", count: 2 },
      ]),
    )
    const provinces = facets.province
    expect(provinces?.type === "value" && provinces.values).toEqual([
      { value: "Quảng Nam", count: 2 },
    ])
    expect(facets.price_from).toMatchObject({ type: "stats", min: 85000, max: 95000 })
  })

  it("replaces a document on upsert and forgets it on delete", async () => {
    const robusta = catalogue.find((document) => document.id === "prod_01_robusta")!
    const write = (documents: typeof catalogue) =>
      provider.upsertDocuments({ index: index.physical_name, definition: index, documents })
    await settle(provider, await write([{ ...robusta, stars: 3 }]))
    expect(await ids({ stars: 5 })).toEqual(["prod_02_que"])
    await settle(
      provider,
      await provider.deleteDocuments({ index: index.physical_name, filters: { id: [robusta.id] } }),
    )
    expect(await ids({ q: "robusta" })).toEqual([])
    await settle(provider, await write([robusta]))
    expect((await ids({ q: "robusta" }))[0]).toBe("prod_01_robusta")
  })
})
