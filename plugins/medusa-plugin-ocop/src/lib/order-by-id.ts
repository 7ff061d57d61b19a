import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** One order read with `query.graph`: the fields asked for, or undefined when there is none. */
export async function orderById<Row>(
  container: MedusaContainer,
  id: string,
  fields: string[],
): Promise<Row | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields,
    filters: { id },
  })
  return data[0] as Row | undefined
}
