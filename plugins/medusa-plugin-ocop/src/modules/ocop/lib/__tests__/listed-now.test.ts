import { describe, expect, it } from "vitest"
import {
  isListedNow,
  listedNowFilter,
  listedNowIndexFilter,
  listedNowSql,
  listingVerdict,
} from "../listed-now"

const now = new Date("2027-05-02T12:00:00.000Z")
const at = (ms: number) => new Date(now.getTime() + ms)

describe("listed now: shoppers see a listing while now < listed_until", () => {
  it("is not listed at listed_until exactly (the certificate expires at that instant)", () => {
    expect(isListedNow({ listed: true, listed_until: now }, now)).toBe(false)
    expect(isListedNow({ listed: true, listed_until: now.toISOString() }, now)).toBe(false)
  })

  it("is listed a millisecond before, and not a millisecond after", () => {
    expect(isListedNow({ listed: true, listed_until: at(1) }, now)).toBe(true)
    expect(isListedNow({ listed: true, listed_until: at(-1) }, now)).toBe(false)
  })

  it("needs the refreshed flag, an expiry, and a row not deleted", () => {
    expect(isListedNow({ listed: false, listed_until: at(1000) }, now)).toBe(false)
    expect(isListedNow({ listed: true, listed_until: null }, now)).toBe(false)
    expect(isListedNow({ listed: true, listed_until: at(1000), deleted_at: now }, now)).toBe(false)
  })

  it("asks the database and the index the same strict comparison", () => {
    expect(listedNowFilter(now)).toEqual({ listed: true, listed_until: { $gt: now } })
    expect(listedNowIndexFilter(now)).toEqual({ listed_until: { $gt: now } })
    expect(listedNowSql("l")).toBe("l.listed and l.listed_until > ? and l.deleted_at is null")
  })
})

describe("the listing verdict officers see", () => {
  const cert = (stars: number, expires: Date, status: "active" | "revoked" = "active") => ({
    stars,
    status,
    issued_at: new Date("2025-01-01T00:00:00Z"),
    expires_at: expires,
  })
  const listing = (until: Date | null, listed = true) => ({ listed, listed_until: until })

  it("is listed while now < listed_until, and says why not from listed_until on", () => {
    const current = [cert(4, now)]
    expect(listingVerdict(listing(at(1)), [cert(4, at(1))], now)).toEqual({ listed: true })
    expect(listingVerdict(listing(now), current, now)).toEqual({
      listed: false,
      reason: "certificate_expired",
    })
  })

  it("names each other reason", () => {
    const later = at(864e5)
    expect(listingVerdict(null, [], now)).toEqual({ listed: false, reason: "no_producer" })
    expect(listingVerdict(listing(null, false), [], now)).toMatchObject({
      reason: "no_certificate",
    })
    expect(listingVerdict(listing(null, false), [cert(4, later, "revoked")], now)).toMatchObject({
      reason: "certificate_revoked",
    })
    expect(listingVerdict(listing(null, false), [cert(2, later)], now)).toMatchObject({
      reason: "below_listable_stars",
    })
    expect(listingVerdict(listing(null, false), [cert(4, later)], now)).toMatchObject({
      reason: "not_refreshed",
    })
  })
})
