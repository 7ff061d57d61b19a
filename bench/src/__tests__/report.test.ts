import { describe, expect, it } from "vitest"
import { type BenchResults, renderMarkdown, resultsPath } from "../report"

describe("resultsPath", () => {
  const day = new Date("2026-11-23T14:05:00Z")

  it("names a full run by its UTC day", () => {
    expect(resultsPath("/r", day)).toBe("/r/2026-11-23.json")
  })

  it("names a partial run by its day and scenarios, so it never replaces a full run", () => {
    expect(resultsPath("/r", day, ["store-list", "search"])).toBe(
      "/r/2026-11-23-search-store-list.json",
    )
  })
})

const results: BenchResults = {
  startedAt: "2026-11-23T14:05:00.000Z",
  machine: { cpus: 2, cpuModel: "CPU", memoryGb: 24, node: "v20.20.2", platform: "linux" },
  load: { start: [1.5, 1, 0.5], end: [2, 1.5, 1] },
  catalogue: { products: 20480, listed: 18000, producers: 8183, places: 3183 },
  durationSeconds: 10,
  coldStartMs: { ocop: 7400, plain: 6100 },
  rssMb: { ocop: { idle: 420, peak: 610 }, plain: { idle: 380, peak: 500 } },
  searches: [{ query: "ca phe", matches: 120 }],
  scenarios: [
    {
      scenario: "search",
      backend: "ocop",
      concurrency: 16,
      requests: 1000,
      errors: 0,
      unfinished: 0,
      throughput: 100,
      p50: 20,
      p95: 61.25,
      p99: 80,
      max: 90,
    },
  ],
  comparisons: [{ scenario: "checkout", concurrency: 1, ocopP95: 120, plainP95: 100, ratio: 1.2 }],
  targets: [{ what: "search p95 at concurrency 16", limitMs: 50, actualMs: 61.25, met: false }],
  oversell: { units: 10, buyers: 40, sold: 10, oversoldShelves: 0, ok: true },
}

describe("renderMarkdown", () => {
  const markdown = renderMarkdown(results, { search: "search: /store/ocop/products?q=…" })

  it("writes one row per scenario, backend and concurrency with its label", () => {
    expect(markdown).toContain(
      "| search: /store/ocop/products?q=… | ocop | 16 | 100.0 | 20.0 | 61.3 | 80.0 | 0 / 1000 | 0 |",
    )
  })

  it("marks a missed target and shows the OCOP / plain ratio", () => {
    expect(markdown).toContain("| search p95 at concurrency 16 | 50 ms | 61.3 ms | **no** |")
    expect(markdown).toContain("| checkout | 1 | 120.0 | 100.0 | 1.20 |")
  })

  it("records the load average at both ends and the oversell outcome", () => {
    expect(markdown).toContain("Load average at start 1.5 / 1 / 0.5, at end 2 / 1.5 / 1")
    expect(markdown).toContain("40 concurrent checkouts for 10 units: 10 sold")
    expect(markdown).toContain("| ocop | 7.4 s | 420 MB | 610 MB |")
  })
})
