import { describe, expect, it } from "vitest"
import { percentile, ratio, summarize } from "../stats"

describe("percentile", () => {
  it("takes the nearest rank: p95 of 1..100 is 95, p50 of 1..10 is 5", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(hundred, 95)).toBe(95)
    expect(percentile(hundred, 99)).toBe(99)
    expect(percentile(hundred.slice(0, 10), 50)).toBe(5)
  })

  it("rounds the rank up, so a few slow answers are never hidden", () => {
    expect(percentile([10, 20, 30], 95)).toBe(30)
    expect(percentile([10, 20, 30], 50)).toBe(20)
    expect(percentile([7], 99)).toBe(7)
  })

  it("is NaN without values", () => {
    expect(percentile([], 50)).toBeNaN()
  })
})

describe("summarize", () => {
  it("times only successful answers and counts the rest as errors", () => {
    const summary = summarize({
      okLatenciesMs: [40, 10, 30, 20],
      statuses: { "200": 4, "500": 1, error: 1 },
      durationMs: 2000,
      unfinished: 3,
    })
    expect(summary).toEqual({
      requests: 6,
      errors: 2,
      unfinished: 3,
      throughput: 2,
      p50: 20,
      p95: 40,
      p99: 40,
      max: 40,
    })
  })
})

describe("ratio", () => {
  it("divides to two decimals and refuses a zero baseline", () => {
    expect(ratio(23, 20)).toBe(1.15)
    expect(ratio(1, 0)).toBeNaN()
  })
})
