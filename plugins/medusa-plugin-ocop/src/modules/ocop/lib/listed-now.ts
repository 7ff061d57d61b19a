import type { Knex } from "@medusajs/framework/mikro-orm/knex"

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
