import type { ISearchModuleService, Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { ProductSearcher } from "./engine"
import { SEARCH_INDEXES } from "./schema"

/** How long an index's status is trusted before asking the Search Module again. */
const STATUS_TTL_MS = 5_000
/** After Meilisearch fails, Postgres answers alone for this long before Meilisearch is retried. */
export const MEILISEARCH_PAUSE_MS = 15_000

const statusCache = new Map<string, { status: string; at: number }>()
let meilisearchPausedUntil = 0

function searchModule(container: MedusaContainer): ISearchModuleService | undefined {
  return container.resolve<ISearchModuleService | undefined>(Modules.SEARCH, {
    allowUnregistered: true,
  })
}

async function indexStatus(module: ISearchModuleService, name: string): Promise<string> {
  const cached = statusCache.get(name)
  if (cached && Date.now() - cached.at < STATUS_TTL_MS) return cached.status
  const details = await module.listIndexes()
  const now = Date.now()
  for (const index of details) statusCache.set(index.name, { status: index.status, at: now })
  return statusCache.get(name)?.status ?? "missing"
}

function searcher(module: ISearchModuleService, index: string): ProductSearcher {
  return {
    index,
    provider: module.getIndex(index).provider,
    search: (query) => module.search(query),
  }
}

/**
 * The product indexes able to answer now, best first: Meilisearch when it is configured,
 * seeded and not paused after a failure, then Postgres when seeded. Empty while the first seed
 * runs (or when the Search Module is missing), and the caller reads the listing table instead.
 */
export async function productSearchers(container: MedusaContainer): Promise<ProductSearcher[]> {
  const module = searchModule(container)
  if (!module) return []
  const names = [SEARCH_INDEXES.meilisearch, SEARCH_INDEXES.postgres].filter((name) => {
    if (name === SEARCH_INDEXES.meilisearch && Date.now() < meilisearchPausedUntil) return false
    try {
      module.getIndex(name)
      return true
    } catch {
      return false
    }
  })
  const ready: ProductSearcher[] = []
  for (const name of names) {
    if ((await indexStatus(module, name)) === "ready") ready.push(searcher(module, name))
  }
  return ready
}

/** Tries each searcher in turn; a failure is logged and the next one answers. */
export async function withSearchFallback<T>(
  container: MedusaContainer,
  searchers: ProductSearcher[],
  run: (searcher: ProductSearcher) => Promise<T>,
): Promise<T | undefined> {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  for (const [position, current] of searchers.entries()) {
    try {
      return await run(current)
    } catch (error) {
      if (current.index === SEARCH_INDEXES.meilisearch) {
        meilisearchPausedUntil = Date.now() + MEILISEARCH_PAUSE_MS
      }
      statusCache.delete(current.index)
      const next = searchers[position + 1]?.index ?? "the listing table"
      logger.warn(
        `[search] ${current.index} failed (${(error as Error).message}); answering from ${next}`,
      )
    }
  }
  return undefined
}
