import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { FacetCount } from "./facets"
import { whereListedNow } from "../modules/ocop/lib/listed-now"
import type { ProductSearchParams } from "./query"

/** A producer offered by the listing's producer filter, with how many products match. */
export type ProducerFacet = { handle: string; name: string; count: number }

/**
 * How many producers the facet offers: those with the most matching products. The national
 * catalogue has thousands; each has its own page, and the search box finds any by name.
 */
export const PRODUCER_LIMIT = 30

const byCount = (a: ProducerFacet, b: ProducerFacet) =>
  b.count - a.count || (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0)

/**
 * The top producers, plus the selected one wherever it stands. The facet is disjunctive (it
 * ignores the producer filter), so the selected producer's count is the query's own count.
 */
export function withSelectedProducer(
  top: ProducerFacet[],
  selected: { handle: string; name: string } | undefined,
  count: number,
): ProducerFacet[] {
  const sorted = [...top].sort(byCount).slice(0, PRODUCER_LIMIT)
  if (!selected || sorted.some((facet) => facet.handle === selected.handle)) return sorted
  return [...sorted, { ...selected, count }]
}

/** Names of producers by handle (live ones only), for facet values an index returned. */
export async function producerNames(
  container: MedusaContainer,
  handles: string[],
): Promise<Map<string, string>> {
  if (!handles.length) return new Map()
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { handle: string; name: string }[] = await knex("ocop_producer")
    .select("handle", "name")
    .whereIn("handle", handles)
    .whereNull("deleted_at")
  return new Map(rows.map((row) => [row.handle, row.name]))
}

/** The selected producer's handle and name: from the top when it is there, else by handle. */
export async function selectedProducer(
  container: MedusaContainer,
  top: ProducerFacet[],
  handle: string | undefined,
): Promise<{ handle: string; name: string } | undefined> {
  if (!handle) return undefined
  const inTop = top.find((facet) => facet.handle === handle)
  if (inTop) return inTop
  const name = (await producerNames(container, [handle])).get(handle)
  return name === undefined ? undefined : { handle, name }
}

/** The producer facet from a search index's handle counts, named from the producer table. */
export async function producerFacetFromIndex(
  container: MedusaContainer,
  values: FacetCount[],
  selected: string | undefined,
  count: number,
): Promise<ProducerFacet[]> {
  const handles = [
    ...new Set([...values.map((facet) => facet.value), ...(selected ? [selected] : [])]),
  ]
  const names = await producerNames(container, handles)
  const top = values.flatMap(({ value, count }) => {
    const name = names.get(value)
    return name === undefined ? [] : [{ handle: value, name, count }]
  })
  const chosen =
    selected && names.has(selected) ? { handle: selected, name: names.get(selected)! } : undefined
  return withSelectedProducer(top, chosen, count)
}

/**
 * The producer facet on the listing table: one grouped aggregate over listed listings and their
 * live producers, every filter applied but the producer's (disjunctive), top N by count.
 */
export async function producerFacetFromTable(
  container: MedusaContainer,
  params: ProductSearchParams,
  scope: string[] | undefined,
): Promise<ProducerFacet[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { handle: string; name: string; count: string | number }[] = await knex(
    "ocop_listing as l",
  )
    .join("ocop_producer as p", "p.id", "l.producer_id")
    .whereNull("p.deleted_at")
    .modify(whereListedNow)
    .modify((builder) => {
      if (params.group) builder.where("l.product_group", params.group)
      if (params.stars) builder.where("l.stars", ">=", params.stars)
      if (params.province) builder.where("l.province", params.province)
      if (params.price_min !== undefined) builder.where("l.price_from", ">=", params.price_min)
      if (params.price_max !== undefined) builder.where("l.price_from", "<=", params.price_max)
      if (scope) builder.whereIn("l.product_id", scope)
    })
    .select("p.handle", "p.name")
    .count({ count: "*" })
    .groupBy("p.handle", "p.name")
    .orderBy([
      { column: "count", order: "desc" },
      { column: "p.handle", order: "asc" },
    ])
    .limit(PRODUCER_LIMIT)
  return rows.map((row) => ({ handle: row.handle, name: row.name, count: Number(row.count) }))
}
