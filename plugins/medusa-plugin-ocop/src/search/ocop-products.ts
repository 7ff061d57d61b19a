import { defineSearchIndex } from "@medusajs/framework/utils"
import {
  productSearchFields,
  productSearchSettings,
  SEARCH_INDEXES,
  SEARCH_PROVIDERS,
} from "./schema"
import { consumeSearchEvent, SEARCH_EVENTS, seedSearchIndex } from "./sources"

/**
 * The shoppers' product search: only listable products (the certificate gate's `listed` and
 * `listed_until`), kept current from the gate's own `ocop.listing.changed` and the stock,
 * story, producer and product events. The Postgres index always exists and is the fallback;
 * with MEILISEARCH_HOST set, a second index with the same documents lives in Meilisearch and
 * serves first. Both consume every event, Postgres first, so a Meilisearch outage (which fails
 * its write) never leaves the fallback stale.
 */
export const productSearchIndex = defineSearchIndex({
  name: SEARCH_INDEXES.postgres,
  entity: "product",
  provider: SEARCH_PROVIDERS.postgres,
  fields: productSearchFields,
  settings: productSearchSettings,
  events: SEARCH_EVENTS,
  consume: consumeSearchEvent,
  seed: seedSearchIndex,
})

export const meilisearchProductIndex = process.env.MEILISEARCH_HOST
  ? defineSearchIndex({
      name: SEARCH_INDEXES.meilisearch,
      entity: "product",
      provider: SEARCH_PROVIDERS.meilisearch,
      fields: productSearchFields,
      settings: productSearchSettings,
      events: SEARCH_EVENTS,
      consume: consumeSearchEvent,
      seed: seedSearchIndex,
    })
  : undefined
