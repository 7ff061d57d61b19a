import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CREATE_SEARCH_TEXT_CONFIG_SQL, SEARCH_TEXT_CONFIG } from "../search/text-config"

/**
 * Creates the Vietnamese text search configuration of the product search (see
 * search/text-config.ts). `medusa db:migrate` runs it once, after the search indexes are
 * migrated and before the application first seeds them.
 */
export default async function createSearchTextConfig({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.raw(CREATE_SEARCH_TEXT_CONFIG_SQL)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`[search] ${SEARCH_TEXT_CONFIG} ready`)
}
