import type { ISearchModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SEARCH_INDEXES } from "../search/schema"

const EVERY_MINUTES = 10

/**
 * Meilisearch catch-up. Every event writes Postgres first and Meilisearch second, so while
 * Meilisearch is down its writes fail and the shop answers from Postgres; once it is back,
 * this re-reads every listing changed in the last two periods into it (an in-place, scoped
 * reindex). A run that fails marks the index in error, which also keeps the storefront on
 * Postgres until a run succeeds. Nothing to do without MEILISEARCH_HOST.
 */
export default async function syncSearchMeilisearchJob(container: MedusaContainer) {
  const search = container.resolve<ISearchModuleService | undefined>(Modules.SEARCH, {
    allowUnregistered: true,
  })
  const index = (await search?.listIndexes())?.find(
    (candidate) => candidate.name === SEARCH_INDEXES.meilisearch,
  )
  if (!search || !index || index.status === "pending" || index.status === "building") return
  try {
    await search.reindex({
      index: index.name,
      strategy: "in_place",
      since: new Date(Date.now() - 2 * EVERY_MINUTES * 60_000),
    })
  } catch (error) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`[search] Meilisearch catch-up failed: ${(error as Error).message}`)
  }
}

export const config = {
  name: "ocop-sync-search-meilisearch",
  schedule: `*/${EVERY_MINUTES} * * * *`,
}
