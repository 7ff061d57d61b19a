import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { chunk } from "./batches"

type Row = Record<string, unknown> & { id: string }

/**
 * The rows of `entity` whose `field` is one of `values`, asked 1,000 values at a time: how
 * every stage of the seed finds what already exists before writing the rest.
 */
export async function lookUp(
  container: MedusaContainer,
  entity: string,
  field: string,
  values: readonly string[],
  fields: string[],
): Promise<Row[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rows: Row[] = []
  for (const batch of chunk(values, 1000)) {
    const { data } = await query.graph({ entity, fields, filters: { [field]: batch } })
    rows.push(...(data as Row[]))
  }
  return rows
}

/** The rows of `entity` (a listing, a story) that belong to the seeded products. */
export const lookUpByProduct = (
  container: MedusaContainer,
  entity: string,
  productId: Map<string, string>,
  fields: string[],
) => lookUp(container, entity, "product_id", [...productId.values()], fields)

/** Ids by `field` (a handle, a name) for the given values that exist. */
export async function idsBy(
  container: MedusaContainer,
  entity: string,
  field: string,
  values: readonly string[],
): Promise<Map<string, string>> {
  const rows = await lookUp(container, entity, field, values, ["id", field])
  return new Map(rows.map((row) => [row[field] as string, row.id]))
}
