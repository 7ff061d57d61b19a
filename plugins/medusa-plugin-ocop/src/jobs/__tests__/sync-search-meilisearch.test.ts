import type { MedusaContainer } from "@medusajs/framework/types"
import { describe, expect, it, vi } from "vitest"
import syncSearchMeilisearchJob, { config } from "../sync-search-meilisearch"

function containerWith(indexes: { name: string; status: string }[], reindex = vi.fn()) {
  const logger = { warn: vi.fn() }
  const search = { listIndexes: async () => indexes, reindex }
  const container = {
    resolve: (key: string) => (key === "logger" ? logger : search),
  } as unknown as MedusaContainer
  return { container, reindex, logger }
}

describe("Meilisearch catch-up job", () => {
  it("re-reads the listings changed in the last two periods into Meilisearch, in place", async () => {
    const { container, reindex } = containerWith([
      { name: "ocop_products_pg", status: "ready" },
      { name: "ocop_products_meili", status: "error" },
    ])
    const before = Date.now()
    await syncSearchMeilisearchJob(container)
    const after = Date.now()
    expect(reindex).toHaveBeenCalledTimes(1)
    const [input] = reindex.mock.calls[0]
    expect(input).toMatchObject({ index: "ocop_products_meili", strategy: "in_place" })
    // Twenty minutes before the moment the job ran, whichever millisecond that was.
    expect(input.since.getTime()).toBeGreaterThanOrEqual(before - 20 * 60_000)
    expect(input.since.getTime()).toBeLessThanOrEqual(after - 20 * 60_000)
    expect(config.schedule).toBe("*/10 * * * *")
  })

  it("does nothing without Meilisearch, or while its index is still being filled", async () => {
    for (const indexes of [
      [{ name: "ocop_products_pg", status: "ready" }],
      [{ name: "ocop_products_meili", status: "building" }],
    ]) {
      const { container, reindex } = containerWith(indexes)
      await syncSearchMeilisearchJob(container)
      expect(reindex).not.toHaveBeenCalled()
    }
  })

  it("logs a failed run instead of throwing", async () => {
    const failing = vi.fn().mockRejectedValue(new Error("connect ECONNREFUSED"))
    const { container, logger } = containerWith(
      [{ name: "ocop_products_meili", status: "ready" }],
      failing,
    )
    await syncSearchMeilisearchJob(container)
    expect(logger.warn).toHaveBeenCalledWith(
      "[search] Meilisearch catch-up failed: connect ECONNREFUSED",
    )
  })
})
