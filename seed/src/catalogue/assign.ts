import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { chunk } from "../lib/batches"
import { Progress } from "../lib/progress"
import type { Catalogue } from "./demo"

type ListingRecord = { product_id: string; producer_id: string; province: string }
type OcopListings = {
  createListings(data: ListingRecord[]): Promise<{ id: string }[]>
  deleteListings(ids: string[]): Promise<void>
}

const createListingsStep = createStep(
  "seed-create-ocop-listings",
  async (records: ListingRecord[], { container }) => {
    const created = await container.resolve<OcopListings>("ocop").createListings(records)
    return new StepResponse(
      created,
      created.map((row) => row.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<OcopListings>("ocop").deleteListings(ids)
  },
)

/**
 * Gives new products their one producer (the OCOP listing, unlisted until certified), many
 * producers per run. The plugin's assignProductsToProducerWorkflow takes one producer and
 * refreshes its listings each time: 8,000 runs for the national catalogue, and the refresh
 * is done once per batch anyway when the certificates are recorded.
 */
export const assignProductsInBulkWorkflow = createWorkflow(
  "seed-assign-ocop-products-in-bulk",
  (input: { listings: ListingRecord[] }) =>
    new WorkflowResponse(createListingsStep(input.listings)),
)

/** Assigns the products without a listing yet; returns how many it assigned. */
export async function assignProducers(
  container: MedusaContainer,
  catalogue: Catalogue,
  producerId: Map<string, string>,
  productId: Map<string, string>,
  progress: boolean,
): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const listed = new Set<string>()
  for (const batch of chunk([...productId.values()], 1000)) {
    const { data } = await query.graph({
      entity: "listing",
      fields: ["product_id"],
      filters: { product_id: batch },
    })
    for (const row of data) listed.add(row.product_id as string)
  }
  const province = new Map(
    catalogue.producers.map((producer) => [producer.handle, producer.province]),
  )
  const listings = catalogue.products
    .filter((item) => !listed.has(productId.get(item.handle)!))
    .map((item) => ({
      product_id: productId.get(item.handle)!,
      producer_id: producerId.get(item.producer)!,
      province: province.get(item.producer)!,
    }))
  const bar = new Progress("assignments", listings.length, progress && listings.length > 0)
  for (const batch of chunk(listings, 1000)) {
    await assignProductsInBulkWorkflow(container).run({ input: { listings: batch } })
    bar.tick(batch.length)
  }
  if (listings.length) bar.finish()
  return listings.length
}
