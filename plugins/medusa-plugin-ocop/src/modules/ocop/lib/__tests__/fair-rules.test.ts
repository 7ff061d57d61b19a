import { describe, expect, it } from "vitest"
import {
  checkFairArrival,
  checkFairDates,
  checkFairDeparture,
  fairStatus,
  FairRuleError,
  listedThroughFair,
  redateFair,
  type FairGround,
} from "../fair-rules"

const fair = { starts_at: "2026-11-20T00:00:00Z", ends_at: "2026-11-25T00:00:00Z" }
const at = (iso: string) => new Date(iso)
const before = at("2026-11-19T00:00:00Z")
const during = at("2026-11-22T00:00:00Z")
const after = at("2026-11-26T00:00:00Z")

/** The rule's code, or null when it passes. */
function refusal(run: () => unknown) {
  try {
    run()
    return null
  } catch (error) {
    if (error instanceof FairRuleError) return { code: error.code, notFound: error.notFound }
    throw error
  }
}

describe("a fair's status follows its dates", () => {
  it("is upcoming before it opens, live while it runs and ended after", () => {
    expect(fairStatus(fair, new Date("2026-11-19T23:59:59Z"))).toBe("upcoming")
    expect(fairStatus(fair, new Date("2026-11-20T00:00:00Z"))).toBe("live")
    expect(fairStatus(fair, new Date("2026-11-24T23:59:59Z"))).toBe("live")
    expect(fairStatus(fair, new Date("2026-11-25T00:00:00Z"))).toBe("ended")
  })
})

describe("a fair's dates never move into the past", () => {
  it("an ended fair keeps its dates, whichever way they would move", () => {
    for (const change of [
      { ends_at: "2026-12-01T00:00:00Z" },
      { starts_at: "2026-12-01T00:00:00Z", ends_at: "2026-12-03T00:00:00Z" },
      { ends_at: "2026-11-24T00:00:00Z" },
    ]) {
      expect(refusal(() => redateFair(fair, change, after))?.code).toBe("fair_ended")
    }
  })

  it("a live fair cannot end in the past, and keeps its start", () => {
    expect(refusal(() => redateFair(fair, { ends_at: "2026-11-21T00:00:00Z" }, during))).toEqual({
      code: "fair_date_in_past",
      notFound: false,
    })
    expect(refusal(() => redateFair(fair, { ends_at: during }, during))?.code).toBe(
      "fair_date_in_past",
    )
    expect(
      refusal(() => redateFair(fair, { starts_at: "2026-11-23T00:00:00Z" }, during))?.code,
    ).toBe("fair_started")
  })

  it("an upcoming fair cannot start in the past", () => {
    expect(
      refusal(() => redateFair(fair, { starts_at: "2026-11-18T00:00:00Z" }, before))?.code,
    ).toBe("fair_date_in_past")
  })

  it("moves forward: a later start, a longer or shorter run ahead of now", () => {
    expect(
      redateFair(
        fair,
        { starts_at: "2026-11-21T00:00:00Z", ends_at: "2026-11-28T00:00:00Z" },
        before,
      ),
    ).toEqual({ starts_at: at("2026-11-21T00:00:00Z"), ends_at: at("2026-11-28T00:00:00Z") })
    expect(redateFair(fair, { ends_at: "2026-11-23T00:00:00Z" }, during).ends_at).toEqual(
      at("2026-11-23T00:00:00Z"),
    )
  })

  it("sending the dates a fair already has is no change, even after it ended", () => {
    expect(redateFair(fair, { ...fair }, after)).toEqual({
      starts_at: at(fair.starts_at),
      ends_at: at(fair.ends_at),
    })
  })

  it("a fair ends after it starts", () => {
    expect(
      refusal(() => checkFairDates({ starts_at: fair.ends_at, ends_at: fair.ends_at }))?.code,
    ).toBe("fair_ends_before_start")
    expect(refusal(() => redateFair(fair, { ends_at: "2026-11-19T12:00:00Z" }, before))?.code).toBe(
      "fair_ends_before_start",
    )
  })
})

describe("a product is in a fair only while listed through it", () => {
  it("needs its listing to last until the fair ends", () => {
    expect(listedThroughFair("2026-11-25T00:00:00Z", fair)).toBe(true)
    expect(listedThroughFair("2026-11-24T23:59:59Z", fair)).toBe(false)
    expect(listedThroughFair(null, fair)).toBe(false)
  })
})

const ground = (overrides: Partial<FairGround> = {}): FairGround => ({
  status: "live",
  linkedPlaceIds: ["centre"],
  originPlaceIds: [],
  boothProducerIds: ["htx"],
  enteredProductIds: ["coffee"],
  ...overrides,
})

describe("a fair's stock comes from its linked places and booths", () => {
  it("takes catalog products from a linked place or a booth's producer before the fair ends", () => {
    expect(refusal(() => checkFairArrival(ground(), { place_id: "centre" }, ["coffee"]))).toBeNull()
    expect(refusal(() => checkFairArrival(ground(), { producer_id: "htx" }, ["coffee"]))).toBeNull()
    expect(
      refusal(() => checkFairArrival(ground({ status: "upcoming" }), { place_id: "centre" }, [])),
    ).toBeNull()
  })

  it("answers another place or producer as not found", () => {
    expect(refusal(() => checkFairArrival(ground(), { place_id: "dak-lak" }, ["coffee"]))).toEqual({
      code: "place_not_linked",
      notFound: true,
    })
    expect(refusal(() => checkFairArrival(ground(), { producer_id: "other" }, ["coffee"]))).toEqual(
      {
        code: "producer_without_booth",
        notFound: true,
      },
    )
  })

  it("refuses products outside the catalog and an ended fair", () => {
    expect(
      refusal(() => checkFairArrival(ground(), { place_id: "centre" }, ["coffee", "honey"]))?.code,
    ).toBe("not_in_fair_catalog")
    expect(
      refusal(() => checkFairArrival(ground({ status: "ended" }), { place_id: "centre" }, []))
        ?.code,
    ).toBe("fair_ended")
  })
})

describe("unsold stock goes back only to a place it came from", () => {
  it("after the fair, to a linked place or an origin", () => {
    const ended = ground({ status: "ended", originPlaceIds: ["unlinked-since"] })
    expect(refusal(() => checkFairDeparture(ended, "centre"))).toBeNull()
    expect(refusal(() => checkFairDeparture(ended, "unlinked-since"))).toBeNull()
    expect(refusal(() => checkFairDeparture(ended, "showroom"))).toEqual({
      code: "place_not_linked",
      notFound: true,
    })
  })

  it("not before the fair ends", () => {
    expect(refusal(() => checkFairDeparture(ground(), "centre"))?.code).toBe("fair_not_ended")
  })
})
