import { describe, expect, it } from "vitest"
import { PRODUCER_LIMIT, withSelectedProducer } from "../producer-facet"

const producer = (handle: string, count: number) => ({ handle, name: handle.toUpperCase(), count })

describe("the producer facet", () => {
  const many = Array.from({ length: PRODUCER_LIMIT + 5 }, (_, i) =>
    producer(`p${String(i).padStart(2, "0")}`, 100 - i),
  )

  it("offers the producers with most products, most first", () => {
    const facet = withSelectedProducer([...many].reverse(), undefined, 0)
    expect(facet).toHaveLength(PRODUCER_LIMIT)
    expect(facet[0]).toEqual(producer("p00", 100))
  })

  it("keeps the selected producer beyond the top, counted as the query's own count", () => {
    const facet = withSelectedProducer(many, { handle: "zz", name: "ZZ" }, 3)
    expect(facet).toHaveLength(PRODUCER_LIMIT + 1)
    expect(facet.at(-1)).toEqual({ handle: "zz", name: "ZZ", count: 3 })
  })

  it("does not repeat a selected producer that is already in the top", () => {
    const facet = withSelectedProducer(many, { handle: "p01", name: "P01" }, 99)
    expect(facet.filter((entry) => entry.handle === "p01")).toHaveLength(1)
  })
})
