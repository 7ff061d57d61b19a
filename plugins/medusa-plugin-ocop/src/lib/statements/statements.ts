import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type { ConsignmentStatement } from "@ocop/shared"
import {
  commissionBps,
  statementFigures,
  statementPeriod,
} from "../../modules/ocop/lib/statement-rules"
import type OcopModuleService from "../../modules/ocop/service"
import { statementRows, type StatementScope } from "./figures"

export type StatementQuery = {
  from?: string
  to?: string
  producer_id?: string
  place_id?: string
}

/**
 * The consignment statements in scope: one per producer × place that moved goods or money in
 * the period, with the place's commission applied. Sorted by place, then producer.
 */
export async function consignmentStatements(container: MedusaContainer, query: StatementQuery) {
  const period = statementPeriod(query.from, query.to)
  const scope: StatementScope = {
    ...period,
    producer_id: query.producer_id,
    place_id: query.place_id,
  }
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = await statementRows(knex, scope)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [places, producers] = await Promise.all([
    ocop.listPlaces({ id: [...new Set(rows.map((row) => row.place_id))] }),
    ocop.listProducers({ id: [...new Set(rows.map((row) => row.producer_id))] }),
  ])
  const names = await placeNames(
    container,
    places.map((place) => place.stock_location_id),
  )
  const statements: ConsignmentStatement[] = []
  for (const row of rows) {
    const place = places.find((candidate) => candidate.id === row.place_id)
    const producer = producers.find((candidate) => candidate.id === row.producer_id)
    if (!place || !producer) continue
    const { producer_id: _producer, place_id: _place, paid, ...figures } = row
    statements.push({
      producer: { id: producer.id, name: producer.name },
      place: {
        id: place.id,
        name: names.get(place.stock_location_id) ?? place.id,
        type: place.type,
        province: place.province,
      },
      ...statementFigures(figures, figures, commissionBps(place), paid),
    })
  }
  statements.sort(
    (a, b) =>
      a.place.name.localeCompare(b.place.name, "vi") ||
      a.producer.name.localeCompare(b.producer.name, "vi"),
  )
  return { period: { from: query.from ?? null, to: query.to ?? null }, statements }
}

/** A place's name is its Medusa stock location's. */
async function placeNames(container: MedusaContainer, locationIds: string[]) {
  if (!locationIds.length) return new Map<string, string>()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_location",
    fields: ["id", "name"],
    filters: { id: locationIds },
  })
  return new Map((data as { id: string; name: string }[]).map((row) => [row.id, row.name]))
}
