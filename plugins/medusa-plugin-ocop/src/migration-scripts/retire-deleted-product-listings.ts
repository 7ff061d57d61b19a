import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"

/**
 * Deleting a product now takes its listing with it (workflows/hooks/gate-products.ts); this
 * retires the listings of products deleted before that, once, at `medusa db:migrate`.
 */
export default async function retireDeletedProductListings({ container }: ExecArgs) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw<{ rows: { id: string }[] }>(
    `select l.id from ocop_listing l
     left join product p on p.id = l.product_id
     where l.deleted_at is null and (p.id is null or p.deleted_at is not null)`,
  )
  if (rows.length) {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.softDeleteListings(rows.map((row) => row.id))
  }
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`[listings] ${rows.length} listings of deleted products retired`)
}
