import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { listedNowFilter } from "../modules/ocop/lib/listed-now"
import { SEARCH_INDEXES } from "./schema"

const POLL_MS = 300
const BAR_WIDTH = 30

/** `[██████░░░░]  60%  120/200 ocop_products_pg`, redrawn in place on a terminal. */
export function progressLine(label: string, done: number, total: number): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1
  const filled = Math.round(ratio * BAR_WIDTH)
  const percent = `${Math.round(ratio * 100)}%`.padStart(4)
  return `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${percent}  ${done}/${total} ${label}`
}

/** Documents the running rebuild of `index` has written so far, read from the module's tables. */
async function documentsSynced(knex: Knex, index: string): Promise<number> {
  const result = await knex.raw(
    `select s.documents_synced from search_index_sync s
       join search_index_version v on v.id = s.search_index_version_id
       join search_index i on i.id = v.search_index_id
      where i.name = ? and s.status = 'processing' and s.deleted_at is null
      order by s.created_at asc limit 1`,
    [index],
  )
  return Number(result.rows?.[0]?.documents_synced ?? 0)
}

/**
 * `npm run reindex` (run through `medusa exec`): rebuilds every product search index from the
 * listings with the Search Module's swap strategy — a new version is filled while the current
 * one keeps serving, then takes over — drawing a progress bar per index.
 */
export default async function reindexProductSearch({ container }: ExecArgs) {
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const out = process.stdout
  const { metadata } = await query.graph({
    entity: "listing",
    fields: ["id"],
    filters: listedNowFilter(),
    pagination: { take: 1, skip: 0 },
  })
  const total = metadata?.count ?? 0
  const registered = new Set((await search.listIndexes()).map((index) => index.name))
  const names = [SEARCH_INDEXES.postgres, SEARCH_INDEXES.meilisearch].filter((name) =>
    registered.has(name),
  )
  for (const name of names) {
    let last = ""
    const draw = (done: number) => {
      const line = progressLine(name, done, total)
      if (line === last) return
      last = line
      out.write(out.isTTY ? `\r${line}` : `${line}\n`)
    }
    draw(0)
    const timer = setInterval(() => {
      void documentsSynced(knex, name).then(draw, () => undefined)
    }, POLL_MS)
    try {
      await search.reindex({ index: name, strategy: "swap" })
    } finally {
      clearInterval(timer)
    }
    draw(total)
    out.write(out.isTTY ? "\n" : "")
  }
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`[search] reindexed ${names.join(", ")}: ${total} listable product(s)`)
}
