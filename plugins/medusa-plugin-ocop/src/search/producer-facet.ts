import type { MedusaContainer } from "@medusajs/framework/types"
import type { FacetCount } from "./facets"
import { listedFilters, ocopModule } from "./listings"
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
  const producers = await ocopModule(container).listProducers(
    { handle: handles },
    { select: ["handle", "name"] },
  )
  return new Map(producers.map((producer) => [producer.handle, producer.name]))
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
  return ocopModule(container).listListedProducerCounts(
    listedFilters({ ...params, producer: undefined }, scope),
    PRODUCER_LIMIT,
  )
}
