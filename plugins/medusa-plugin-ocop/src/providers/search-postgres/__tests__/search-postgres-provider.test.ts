import "@medusajs/framework/modules-sdk"
import { describe, expect, it } from "vitest"
import { productSearchIndex } from "../../../search/ocop-products"
import { notIndexed, notRetrieved } from "../service"

describe("slim Postgres search rows", () => {
  it("keeps in `indexed` only what filters, sorts, facets and the vocabulary read", () => {
    expect(notIndexed(productSearchIndex.fields)).toEqual([
      "handle",
      "title",
      "title_en",
      "producer_name",
      "search_story",
    ])
  })

  it("keeps the story out of `document`: it is matched, never returned", () => {
    expect(notRetrieved(productSearchIndex.fields)).toEqual(["search_story"])
  })
})
