import type { MedusaContainer } from "@medusajs/framework/types"
import {
  assignProductsToProducersWorkflow,
  createProducersWorkflow,
  type ProducerInput,
} from "medusa-plugin-ocop/workflows"
import type { Commerce } from "../commerce"
import { chunk } from "../lib/batches"
import { idsBy, lookUpByProduct } from "../lib/look-up"
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
  /** Certificate numbers count on from here: after the demo's for the national catalogue. */
  firstNumber: number
  progress: boolean
}

type Log = (message: string) => void

/** Products per assignment run: one transaction's worth of listings. */
const ASSIGNMENT_BATCH_SIZE = 500

/**
 * Loads producers, products (with pictures), their producer assignment, stories, certificates
 * and shelf stock. Every stage looks up what exists first, so a second run writes nothing.
 * Returns the number of rows written.
 */
export async function loadCatalogue(
  container: MedusaContainer,
  commerce: Commerce,
  catalogue: Catalogue,
  shelves: Shelves,
  options: LoadOptions,
  log: Log,
): Promise<number> {
  const producers = await createMissingProducers(container, catalogue.producers, options)
  log(`${producers.created} producers created (${producers.ids.size} in the catalogue)`)
  const products = await createMissingProducts(container, commerce, catalogue.products, options)
  log(`${products.created} products created (${products.ids.size} in the catalogue)`)
  const assigned = await assignProducers(
    container,
    catalogue,
    producers.ids,
    products.ids,
    options.progress,
  )
  log(`${assigned} products assigned to their producers`)
  const stories = await writeStories(container, catalogue.products, products.ids, {
    ...options,
    batch: 200,
  })
  log(`${stories} stories written`)
  const certificates = await certify(container, catalogue.products, products.ids, options)
  log(`${certificates} certificates recorded`)
  const byHandle = new Map(catalogue.producers.map((producer) => [producer.handle, producer]))
  const levels = await stockShelves(container, catalogue.products, byHandle, shelves, options)
  log(`${levels} stock levels placed`)
  return producers.created + products.created + assigned + stories + certificates + levels
}

const producerIds = (container: MedusaContainer, handles: string[]) =>
  idsBy(container, "producer", "handle", handles)

/**
 * Gives the products without a listing yet their producer, through the plugin's batch
 * workflow (each product's one listing, unlisted until certified); returns how many.
 */
async function assignProducers(
  container: MedusaContainer,
  catalogue: Catalogue,
  producerId: Map<string, string>,
  productId: Map<string, string>,
  progress: boolean,
): Promise<number> {
  const listings = await lookUpByProduct(container, "listing", productId, ["product_id"])
  const listed = new Set(listings.map((row) => row.product_id as string))
  const pending = catalogue.products.filter((item) => !listed.has(productId.get(item.handle)!))
  const bar = new Progress("assignments", pending.length, progress && pending.length > 0)
  for (const batch of chunk(pending, ASSIGNMENT_BATCH_SIZE)) {
    const byProducer = new Map<string, string[]>()
    for (const item of batch) {
      const producer = producerId.get(item.producer)!
      byProducer.set(producer, [...(byProducer.get(producer) ?? []), productId.get(item.handle)!])
    }
    const assignments = [...byProducer].map(([producer_id, product_ids]) => ({
      producer_id,
      product_ids,
    }))
    await assignProductsToProducersWorkflow(container).run({ input: { assignments } })
    bar.tick(batch.length)
  }
  if (pending.length) bar.finish()
  return pending.length
}

async function createMissingProducers(
  container: MedusaContainer,
  producers: ProducerInput[],
  options: LoadOptions,
) {
  const handles = producers.map((producer) => producer.handle)
  const existing = await producerIds(container, handles)
  const missing = producers.filter((producer) => !existing.has(producer.handle))
  if (!missing.length) return { ids: existing, created: 0 }
  const bar = new Progress("producers", missing.length, options.progress)
  for (const batch of chunk(missing, 500)) {
    await createProducersWorkflow(container).run({ input: { producers: batch } })
    bar.tick(batch.length)
  }
  bar.finish()
  return { ids: await producerIds(container, handles), created: missing.length }
}
