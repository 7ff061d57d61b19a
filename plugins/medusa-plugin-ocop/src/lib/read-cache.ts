import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaResponse } from "@medusajs/framework/http"
import type { ICachingModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * The shoppers' read paths answered from Medusa's Caching Module (decision 0024). Each entry is
 * tagged with what its answer depends on; the workflows that change those facts clear the tags
 * in the same run, before they answer (workflows/steps/clear-read-cache.ts), so the next read
 * recomputes. Without the module (OCOP_CACHING=false), every read is computed.
 */
export const ReadCacheTags = {
  /** Answers that list or show products: the gate, prices, stories, pictures, producers. */
  catalog: "ocop:catalog",
  /** Answers that depend on shelf stock (availability, "in stock at" filters). */
  stock: "ocop:stock",
  /**
   * Answers read from the search index (text, in-stock filters). The index catches up with a
   * listing change asynchronously, after the workflow's clear: these live briefly so a newly
   * listed product is found within seconds. Removal needs no wait: results are re-checked
   * against the gate when computed (search/products.ts), and the gate's clear drops them.
   */
  searchIndex: "ocop:search-index",
  places: "ocop:places",
  fairs: "ocop:fairs",
} as const

export type ReadCacheTag = (typeof ReadCacheTags)[keyof typeof ReadCacheTags]

/** Longest life of an entry in seconds; a gate change clears it sooner. */
export const READ_CACHE_TTL_SECONDS = 300
/** Stock moves with every sale: availability is held briefly even if a clear were missed. */
export const STOCK_TTL_SECONDS = 30
/** Answers from the search index, which lags a listing change by its event's round trip. */
export const SEARCH_INDEX_TTL_SECONDS = 5

const KEY_VERSION = "ocop-read:v1"

/**
 * Bumped by every clear in this process: a read that started before a clear does not store
 * what it computed from the facts the clear made stale.
 */
let clears = 0

/**
 * The Caching Module when the app loads it. Not tied to Medusa's `caching` feature flag, which
 * turns on Medusa's own cached paths (left off: decision 0024).
 */
function cachingModule(container: MedusaContainer): ICachingModuleService | undefined {
  return container.resolve(Modules.CACHING, { allowUnregistered: true }) ?? undefined
}

/**
 * Seconds from now until the first listing listed at `since` lapses (its certificate's expiry),
 * or null when none does; negative when it lapsed in between. An entry that lists products lives
 * no longer than that, so an expiry takes effect at its instant even before the daily job
 * refreshes the listing. `since` is when the answer started to be read: a listing it shows was
 * listed then, so it is counted even if it lapsed while the answer was computed (otherwise an
 * answer read just before a lapse would be held for the next listing's whole life). Asked on a
 * miss only.
 */
export async function secondsUntilNextLapse(
  container: MedusaContainer,
  since: Date = new Date(),
): Promise<number | null> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const row = await knex("ocop_listing")
    .where({ listed: true })
    .whereNull("deleted_at")
    .where("listed_until", ">", since)
    .min({ next: "listed_until" })
    .first()
  if (!row?.next) return null
  return (new Date(row.next).getTime() - Date.now()) / 1000
}

/** The life of an entry with these tags: capped by stock and by the next lapse of a listing. */
export async function entryTtl(
  container: MedusaContainer,
  tags: readonly ReadCacheTag[],
  readSince: Date,
): Promise<number> {
  let ttl = tags.includes(ReadCacheTags.stock) ? STOCK_TTL_SECONDS : READ_CACHE_TTL_SECONDS
  if (tags.includes(ReadCacheTags.searchIndex)) ttl = Math.min(ttl, SEARCH_INDEX_TTL_SECONDS)
  if (tags.includes(ReadCacheTags.catalog)) {
    const lapse = await secondsUntilNextLapse(container, readSince)
    if (lapse !== null) ttl = Math.min(ttl, lapse)
  }
  // Redis expires in whole seconds; round down so an entry never outlives its limit.
  return Math.floor(ttl)
}

export type CachedRead = {
  /** Everything that changes the answer: path, query, locale… */
  key: Record<string, unknown>
  tags: readonly ReadCacheTag[]
  /** When given, says `X-Ocop-Cache: hit|miss|off` (the bench counts the hit rate with it). */
  res?: MedusaResponse
}

/** The answer from the cache when it holds one, else computed and stored with its tags. */
export async function cachedRead<T extends object>(
  container: MedusaContainer,
  { key, tags, res }: CachedRead,
  compute: () => Promise<T>,
): Promise<T> {
  const cache = cachingModule(container)
  if (!cache) {
    res?.setHeader("X-Ocop-Cache", "off")
    return compute()
  }
  const cacheKey = await cache.computeKey({ v: KEY_VERSION, ...key })
  const held = (await cache.get({ key: cacheKey })) as T | null
  if (held) {
    res?.setHeader("X-Ocop-Cache", "hit")
    return held
  }
  res?.setHeader("X-Ocop-Cache", "miss")
  const clearsBefore = clears
  const readSince = new Date()
  const answer = await compute()
  const ttl = await entryTtl(container, tags, readSince)
  if (ttl >= 1 && clears === clearsBefore)
    await cache.set({ key: cacheKey, data: answer, ttl, tags: [...tags] })
  return answer
}

/** Forgets every entry carrying any of these tags (in every process, with the Redis provider). */
export async function clearReadCache(
  container: MedusaContainer,
  tags: readonly ReadCacheTag[],
): Promise<void> {
  const cache = cachingModule(container)
  if (!cache || !tags.length) return
  clears++
  await cache.clear({ tags: [...tags] })
}
