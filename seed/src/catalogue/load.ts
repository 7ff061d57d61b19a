import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerInput } from "medusa-plugin-ocop/workflows"
import {
  assignProductsToProducerWorkflow,
  createProducersWorkflow,
} from "medusa-plugin-ocop/workflows"
import type { Commerce } from "../commerce"
import { chunk, eachLimit } from "../lib/batches"
import { Progress } from "../lib/progress"
import { certify } from "./certify"
import { createMissingProducts } from "./create-products"
import type { Catalogue } from "./demo"
import { type Shelves, stockShelves } from "./stock"
import { writeStories } from "./stories"

export type LoadOptions = {
  /** Products per createProductsWorkflow run. */
  batch: number
  /** Workflow runs in flight at once. */
  concurrency: number
  progress: boolean
}

type Log = (message: string) => void

/**
 * Loads producers, products (with pictures), their producer assignment, stories, certificates
 * and shelf stock. Every stage looks up what exists first, so a second run writes nothing.
 */
export async function loadCatalogue(
  container: MedusaContainer,
  commerce: Commerce,
  catalogue: Catalogue,
  shelves: Shelves,
  options: LoadOptions,
  log: Log,
) {
  const producerId = await createMissingProducers(container, catalogue.producers, options)
  log(`producers: ${producerId.size}`)
  const productId = await createMissingProducts(container, commerce, catalogue.products, options)
  log(`products: ${productId.size}`)
  await assignProducers(container, catalogue, producerId, productId, options)
  log("products assigned to their producers")
  await writeStories(container, catalogue.products, productId, { ...options, batch: 200 })
  log("stories written")
  await certify(container, catalogue.products, productId, options)
  log("certificates recorded")
  const producers = new Map(catalogue.producers.map((producer) => [producer.handle, producer]))
  await stockShelves(container, catalogue.products, producers, shelves, options)
  log("shelves stocked")
}

async function producerIds(container: MedusaContainer, handles: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = new Map<string, string>()
  for (const batch of chunk(handles, 1000)) {
    const { data } = await query.graph({
      entity: "producer",
      fields: ["id", "handle"],
      filters: { handle: batch },
    })
    for (const row of data) ids.set(row.handle as string, row.id)
  }
  return ids
}

async function createMissingProducers(
  container: MedusaContainer,
  producers: ProducerInput[],
  options: LoadOptions,
) {
  const handles = producers.map((producer) => producer.handle)
  const existing = await producerIds(container, handles)
  const missing = producers.filter((producer) => !existing.has(producer.handle))
  if (!missing.length) return existing
  const bar = new Progress("producers", missing.length, options.progress)
  for (const batch of chunk(missing, 500)) {
    await createProducersWorkflow(container).run({ input: { producers: batch } })
    bar.tick(batch.length)
  }
  bar.finish()
  return producerIds(container, handles)
}

/** Each product's one producer; runs only for products without a listing yet. */
async function assignProducers(
  container: MedusaContainer,
  catalogue: Catalogue,
  producerId: Map<string, string>,
  productId: Map<string, string>,
  options: LoadOptions,
) {
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
  const byProducer = new Map<string, string[]>()
  for (const item of catalogue.products) {
    const id = productId.get(item.handle)!
    if (listed.has(id)) continue
    byProducer.set(item.producer, [...(byProducer.get(item.producer) ?? []), id])
  }
  if (!byProducer.size) return
  const bar = new Progress("assignments", byProducer.size, options.progress)
  await eachLimit([...byProducer], options.concurrency, async ([handle, ids]) => {
    await assignProductsToProducerWorkflow(container).run({
      input: { producer_id: producerId.get(handle)!, product_ids: ids },
    })
    bar.tick()
  })
  bar.finish()
}
