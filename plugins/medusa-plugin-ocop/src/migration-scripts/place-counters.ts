import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"
import { openMissingPlaceCountersWorkflow } from "../workflows/places"

/**
 * Opens a counter (a sales channel of its own) for every place created before counters
 * existed, and moves the counter sales made before into their place's channel, so a place's
 * counter sales are exactly the orders of its channel. `medusa db:migrate` runs it once; on a
 * fresh database there is nothing to do, and places opened later get their counter as they open.
 */
export default async function openPlaceCounters({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result: opened } = await openMissingPlaceCountersWorkflow(container).run()
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw<{ rows: { id: string; place_id: string }[] }>(
    `select id, metadata->>'place_id' as place_id from "order"
     where metadata->>'channel' = 'counter' and deleted_at is null`,
  )
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const placeIds = [...new Set(rows.map((row) => row.place_id).filter(Boolean))]
  const places = placeIds.length ? await ocop.listPlaces({ id: placeIds }) : []
  const orders = container.resolve(Modules.ORDER)
  let moved = 0
  for (const place of places) {
    const ids = rows.filter((row) => row.place_id === place.id).map((row) => row.id)
    if (!place.sales_channel_id || !ids.length) continue
    await orders.updateOrders({ id: ids }, { sales_channel_id: place.sales_channel_id })
    moved += ids.length
  }
  logger.info(`[places] ${opened.length} counters opened, ${moved} counter sales moved to them`)
}
