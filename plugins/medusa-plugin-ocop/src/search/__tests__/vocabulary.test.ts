import { describe, expect, it } from "vitest"
import { buildVocabulary, correctQuery, editDistance } from "../vocabulary"

const vocabulary = buildVocabulary([
  { search_title: "ca phe robusta buon ma thuot rang xay", search_place: "dak lak buon ma thuot" },
  {
    search_title: "que tra my thanh",
    search_producer: "htx que tra my",
    search_place: "quang nam",
  },
  { search_title: "tinh dau que tra my", search_place: "quang nam" },
  { search_title: "tra xanh tan cuong thai nguyen", search_group: "do uong" },
])

describe("search vocabulary", () => {
  it("counts each word once per product", () => {
    expect(vocabulary.get("thuot")).toBe(1)
    expect(vocabulary.get("tra")).toBe(3)
    expect(vocabulary.get("quang")).toBe(2)
  })

  it("measures edits, a swap of two letters being one", () => {
    expect(editDistance("thuat", "thuot", 1)).toBe(1)
    expect(editDistance("thahn", "thanh", 1)).toBe(1)
    expect(editDistance("robsuta", "robusta", 2)).toBe(1)
    expect(editDistance("xanh", "thanh", 1)).toBe(2)
  })

  it("corrects unknown words within Meilisearch's typo budget", () => {
    expect(correctQuery("ca phe buon ma thuat", vocabulary)).toBe("ca phe buon ma thuot")
    expect(correctQuery("que tra my thahn", vocabulary)).toBe("que tra my thanh")
    expect(correctQuery("robsuta", vocabulary)).toBe("robusta")
  })

  it("leaves known words, short words and hopeless words alone", () => {
    expect(correctQuery("que tra my", vocabulary)).toBeUndefined()
    expect(correctQuery("que tra mi", vocabulary)).toBeUndefined()
    expect(correctQuery("xyzzyq", vocabulary)).toBeUndefined()
  })
})
