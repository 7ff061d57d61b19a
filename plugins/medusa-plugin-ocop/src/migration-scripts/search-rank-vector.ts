import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_TABLE } from "@medusajs/search-postgres/dist/utils"
import { addRankVectorSql } from "../providers/search-postgres/one-statement"

/**
 * Adds the rank vector (providers/search-postgres/one-statement.ts) to the Postgres search
 * tables built before it existed; tables built since get it when they are created. Once, at
 * `medusa db:migrate`, after the search indexes are migrated.
 */
export default async function addSearchRankVector({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw<{ rows: { table_name: string }[] }>(
    `select table_name from "${CATALOG_TABLE}"`,
  )
  for (const { table_name } of rows) await knex.raw(addRankVectorSql(table_name))
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`[search] rank vector on ${rows.length} Postgres search tables`)
}
