import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type SearchModule = {
  listIndexes(): Promise<{ name: string; status: string }[]>
  reindex(input: { index: string[] }): Promise<unknown>
}

/**
 * Rebuilds the search indexes that are live after a load made with search ingestion detached.
 * An index that was never seeded ("pending") is left to the backend, which seeds it on start.
 */
export async function reindexLiveSearch(container: MedusaContainer): Promise<string[]> {
  const search = container.resolve<SearchModule | undefined>(Modules.SEARCH, {
    allowUnregistered: true,
  })
  if (!search) return []
  const live = (await search.listIndexes()).filter((index) => index.status !== "pending")
  if (live.length) await search.reindex({ index: live.map((index) => index.name) })
  return live.map((index) => index.name)
}
