import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  type CertificationFacts,
  certificationState,
  currentCertification,
} from "./certification-rules"
import { MIN_LISTABLE_STARS, type UnlistedReason } from "@ocop/shared"

/**
 * "Listed now": the one rule for whether shoppers see a listing at an instant, in each form the
 * code asks it. `listed` is refreshed on every certificate change (certification-rules.ts
 * `isListable` decides it); `listed_until` (the certificate's expiry) makes an expiry take effect
 * at its very instant, before any job has run. A listing is listed while now < listed_until:
 * at listed_until exactly it is not.
 */
export type ListedFacts = {
  listed: boolean
  listed_until: Date | string | null
  deleted_at?: Date | string | null
}

/** The rule on a listing read into JS. */
export function isListedNow(listing: ListedFacts, now = new Date()): boolean {
  if (!listing.listed || listing.listed_until === null || listing.deleted_at) return false
  return now.getTime() < new Date(listing.listed_until).getTime()
}

/** The rule as a module-service or `query.graph` filter on listings. */
export function listedNowFilter(now = new Date()) {
  return { listed: true, listed_until: { $gt: now } }
}

/**
 * The rule as a search-index filter. The index holds only listed listings' products, so
 * `listed_until` alone drops an expired one at its instant, before any job or event.
 */
export function listedNowIndexFilter(now = new Date()) {
  return { listed_until: { $gt: now } }
}

/** The rule in plain SQL on the listing table read as `alias`, with its one binding (now). */
export function listedNowSql(alias = "l"): string {
  return `${alias}.listed and ${alias}.listed_until > ? and ${alias}.deleted_at is null`
}

/** The rule on a knex builder over the listing table read as `l`, deleted rows left out. */
export function whereListedNow(builder: Knex.QueryBuilder, now = new Date()) {
  return builder.whereRaw(listedNowSql("l"), [now])
}

export type ListingVerdict = { listed: true } | { listed: false; reason: UnlistedReason }

/**
 * Whether shoppers see a product now and, if not, why: "listed now" on its listing, the reason
 * read from its current certificate by the certificate rules.
 */
export function listingVerdict(
  listing: ListedFacts | null | undefined,
  certifications: CertificationFacts[],
  now = new Date(),
): ListingVerdict {
  if (!listing) return { listed: false, reason: "no_producer" }
  const current = currentCertification(certifications)
  if (isListedNow(listing, now) && current) return { listed: true }
  if (!current) {
    const revoked = certifications.some((cert) => cert.status === "revoked")
    return { listed: false, reason: revoked ? "certificate_revoked" : "no_certificate" }
  }
  if (current.stars < MIN_LISTABLE_STARS) return { listed: false, reason: "below_listable_stars" }
  if (certificationState(current, now) === "expired") {
    return { listed: false, reason: "certificate_expired" }
  }
  return { listed: false, reason: "not_refreshed" }
}
