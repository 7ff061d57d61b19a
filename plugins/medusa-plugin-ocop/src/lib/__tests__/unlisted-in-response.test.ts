import { describe, expect, it } from "vitest"
import { pruneUnlisted, referencesIn } from "../unlisted-in-response"

const listed = new Set(["prod_listed"])

describe("store responses hide products the gate does not list at this instant", () => {
  it("finds products at any depth, and variants named without their product", () => {
    const body = {
      collections: [
        { id: "pcol_1", products: [{ id: "prod_a", variants: [{ id: "variant_1" }] }] },
      ],
      variants: [{ id: "variant_2", product_id: "prod_b" }],
    }
    const found = referencesIn(body)
    expect([...found.products].sort()).toEqual(["prod_a", "prod_b"])
    expect([...found.bareVariants]).toEqual(["variant_1"])
  })

  it("drops unlisted products from a list and lowers its count", () => {
    const body = {
      products: [{ id: "prod_listed" }, { id: "prod_expired" }],
      count: 2,
      offset: 0,
      limit: 24,
    }
    expect(pruneUnlisted(body, listed)).toEqual({ refused: false })
    expect(body).toEqual({ products: [{ id: "prod_listed" }], count: 1, offset: 0, limit: 24 })
  })

  it("drops variants of unlisted products, using the looked-up product when the body omits it", () => {
    const body = {
      variants: [
        { id: "variant_1", product_id: "prod_listed" },
        { id: "variant_2", product_id: "prod_expired" },
        { id: "variant_3" },
        { id: "variant_4" },
      ],
      count: 4,
    }
    pruneUnlisted(body, listed, new Map([["variant_3", "prod_listed"]]))
    expect(body.variants.map((variant) => variant.id)).toEqual(["variant_1", "variant_3"])
    expect(body.count).toBe(2)
  })

  it("empties nested product lists of collections and categories without touching their counts", () => {
    const body = {
      product_categories: [
        { id: "pcat_1", products: [{ id: "prod_expired" }], category_children: [] },
      ],
      count: 1,
    }
    pruneUnlisted(body, listed)
    expect(body).toEqual({
      product_categories: [{ id: "pcat_1", products: [], category_children: [] }],
      count: 1,
    })
  })

  it("refuses a body that is itself an unlisted product or variant", () => {
    expect(pruneUnlisted({ product: { id: "prod_expired" } }, listed)).toEqual({ refused: true })
    expect(
      pruneUnlisted({ variant: { id: "variant_9", product_id: "prod_expired" } }, listed),
    ).toEqual({ refused: true })
    expect(pruneUnlisted({ product: { id: "prod_listed" } }, listed)).toEqual({ refused: false })
  })

  it("clears a nested product that is not listed", () => {
    const body = { line: { id: "x", product: { id: "prod_expired" } } }
    pruneUnlisted(body, listed)
    expect(body.line.product).toBeNull()
  })
})
