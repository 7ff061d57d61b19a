import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop/lib/constants"
import type OcopModuleService from "../modules/ocop/service"
import { fairStatus } from "../modules/ocop/lib/fair-rules"

type ApplicationRow = {
  id: string
  fair_id: string
  producer_id: string
  product_ids: unknown
  note: string | null
  status: string
  decline_reason: string | null
  booth_id: string | null
  decided_at: Date | null
  created_at: Date
}

/**
 * Applications as both sides read them: the fair (name, dates, status), the producer's name,
 * the products' titles and the booth's number.
 */
export async function applicationViews(container: MedusaContainer, rows: ApplicationRow[]) {
  if (!rows.length) return []
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const ids = (pick: (row: ApplicationRow) => string | null) => [
    ...new Set(rows.map(pick).filter((id): id is string => !!id)),
  ]
  const productIds = [...new Set(rows.flatMap((row) => row.product_ids as string[]))]
  const boothIds = ids((row) => row.booth_id)
  const [fairs, producers, booths, { data: products }] = await Promise.all([
    ocop.listFairs({ id: ids((row) => row.fair_id) }),
    ocop.listProducers({ id: ids((row) => row.producer_id) }, { select: ["id", "name"] }),
    boothIds.length ? ocop.listFairBooths({ id: boothIds }) : Promise.resolve([]),
    container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "title"],
      filters: { id: productIds },
    }),
  ])
  return rows.map((row) => {
    const fair = fairs.find((f) => f.id === row.fair_id)
    return {
      id: row.id,
      status: row.status,
      note: row.note,
      decline_reason: row.decline_reason,
      decided_at: row.decided_at,
      created_at: row.created_at,
      fair: fair && {
        id: fair.id,
        slug: fair.slug,
        name: fair.name,
        starts_at: fair.starts_at,
        ends_at: fair.ends_at,
        status: fairStatus(fair),
      },
      producer: {
        id: row.producer_id,
        name: producers.find((p) => p.id === row.producer_id)?.name ?? "",
      },
      products: (row.product_ids as string[]).map((id) => ({
        id,
        title: (products.find((p: { id: string }) => p.id === id)?.title as string) ?? id,
      })),
      booth_number: booths.find((b) => b.id === row.booth_id)?.number ?? null,
    }
  })
}
