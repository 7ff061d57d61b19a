// How the index is fed: which products an event touches, and that only listable ones stay.
import type { SearchTypes } from "@medusajs/framework/types"
import { describe, expect, it } from "vitest"
import { consumeSearchEvent, SEARCH_EVENTS, seedSearchIndex } from "../sources"

type Row = Record<string, unknown>
const FUTURE = new Date("2099-01-01")
const PAST = new Date("2020-01-01")

const listing = (product_id: string, listed: boolean, extra: Row = {}): Row => ({
  id: `ocls_${product_id}`,
  product_id,
  listed,
  listed_until: listed ? FUTURE : null,
  stars: 4,
  level: "provincial",
  product_group: "food",
  province: "Kon Tum",
  price_from: 140000,
  certified_at: PAST,
  producer_id: "ocpr_kon_ray",
  producer: { name: "HTX Kon Rẫy", handle: "htx-kon-ray" },
  updated_at: PAST,
  ...extra,
})

const tables: Record<string, Row[]> = {
  listing: [
    listing("prod_a", true),
    listing("prod_b", false),
    listing("prod_c", true, { listed_until: PAST }),
    listing("prod_d", true),
    listing("prod_e", true, { updated_at: FUTURE }),
    listing("prod_f", false, { updated_at: FUTURE }),
  ],
  product: ["prod_a", "prod_b", "prod_c", "prod_e"].map((id) => ({
    id,
    handle: id,
    title: `Măng khô ${id}`,
    status: "published",
    variants: [],
  })),
  product_story: [
    {
      id: "ocst_1",
      product_id: "prod_a",
      locale: "vi",
      product_title: "Măng khô",
      body: "<p>Kon Rẫy</p>",
    },
  ],
  inventory_level: [{ id: "ilev_1", inventory_item_id: "iitem_1" }],
  reservation: [{ id: "resitem_1", inventory_item_id: "iitem_1" }],
  inventory_item: [{ id: "iitem_1", variants: [{ product_id: "prod_a" }] }],
}

function matches(value: unknown, condition: unknown): boolean {
  if (Array.isArray(condition)) return condition.includes(value)
  if (condition && typeof condition === "object" && !(condition instanceof Date)) {
    const ops = condition as Record<string, unknown>
    const compare = (other: unknown) =>
      value === null || value === undefined
        ? NaN
        : value instanceof Date || other instanceof Date
          ? new Date(value as Date).getTime() - new Date(other as Date).getTime()
          : String(value).localeCompare(String(other))
    if ("$gt" in ops) return compare(ops.$gt) > 0
    if ("$gte" in ops) return compare(ops.$gte) >= 0
  }
  return value === condition
}

function where(row: Row, filters: Row): boolean {
  return Object.entries(filters).every(([key, condition]) =>
    key === "$and"
      ? (condition as Row[]).every((branch) => where(row, branch))
      : matches(row[key], condition),
  )
}

/** query.graph over the tables above: filters, product_id order, `take`. */
const query = {
  graph: async ({ entity, filters = {}, pagination }: Row & { entity: string }) => {
    const rows = tables[entity]
      .filter((row) => where(row, filters as Row))
      .sort((a, b) => String(a.product_id ?? a.id).localeCompare(String(b.product_id ?? b.id)))
    const take = (pagination as { take?: number } | undefined)?.take
    return { data: take ? rows.slice(0, take) : rows }
  },
}
const context = {
  container: { query, logger: {} },
} as unknown as SearchTypes.SearchIngestionContext

const consume = (name: string, data: Row) => consumeSearchEvent({ name, data }, context)
const upserted = (mutations: SearchTypes.SearchMutation[]) =>
  mutations.flatMap((m) => (m.action === "upsert" ? m.documents.map((d) => d.id) : []))
const deleted = (mutations: SearchTypes.SearchMutation[]) =>
  mutations.flatMap((m) => (m.action === "delete" ? (m.filters.id as string[]) : []))

describe("search index events", () => {
  it("listens to the gate's own event and to the stock, story, producer and product events", () => {
    expect(SEARCH_EVENTS).toEqual(
      expect.arrayContaining([
        "ocop.listing.changed",
        "ocop.product-story.updated",
        "ocop.producer.updated",
        "product.updated",
        "inventory.inventory-level.updated",
        "inventory.reservation-item.created",
      ]),
    )
  })

  it("re-indexes a product the gate lists, and removes one it delisted", async () => {
    expect(
      upserted(await consume("ocop.listing.changed", { product_id: "prod_a", listed: true })),
    ).toEqual(["prod_a"])
    expect(
      deleted(await consume("ocop.listing.changed", { product_id: "prod_b", listed: false })),
    ).toEqual(["prod_b"])
  })

  it("removes a product whose certificate expired, even before the expiry job ran", async () => {
    expect(
      deleted(await consume("ocop.listing.changed", { product_id: "prod_c", listed: true })),
    ).toEqual(["prod_c"])
  })

  it("removes a listed product that is not published", async () => {
    expect(deleted(await consume("product.updated", { id: "prod_d" }))).toEqual(["prod_d"])
  })

  it("finds the product behind a stock level, a reservation, a story or a producer", async () => {
    expect(upserted(await consume("inventory.inventory-level.updated", { id: "ilev_1" }))).toEqual([
      "prod_a",
    ])
    expect(
      upserted(await consume("inventory.reservation-item.deleted", { id: ["resitem_1"] })),
    ).toEqual(["prod_a"])
    expect(upserted(await consume("ocop.product-story.updated", { id: "ocst_1" }))).toEqual([
      "prod_a",
    ])
    const producer = await consume("ocop.producer.updated", { id: "ocpr_kon_ray" })
    expect(upserted(producer)).toEqual(["prod_a", "prod_e"])
    expect(deleted(producer).sort()).toEqual(["prod_b", "prod_c", "prod_d", "prod_f"])
  })
})

describe("search index seed", () => {
  const seed = async (extra: Partial<SearchTypes.SearchSeedContext> = {}) => {
    const batches: SearchTypes.SearchMutation[][] = []
    for await (const batch of seedSearchIndex({
      ...context,
      ...extra,
    } as SearchTypes.SearchSeedContext)) {
      batches.push(batch)
    }
    return batches.flat()
  }

  it("writes every listable product, in id order, resuming after last_key", async () => {
    expect(upserted(await seed())).toEqual(["prod_a", "prod_e"])
    expect(upserted(await seed({ last_key: "prod_a" }))).toEqual(["prod_e"])
  })

  it("catches up on listings touched since the seed began, deleting the delisted", async () => {
    const mutations = await seed({ catchup: { since: new Date("2098-01-01") } })
    expect(upserted(mutations)).toEqual(["prod_e"])
    expect(deleted(mutations)).toEqual(["prod_f"])
  })
})
