import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

export type AssignProductsInput = { producer_id: string; product_ids: string[] }
type Undo = { created: string[]; moved: { id: string; producer_id: string; province: string }[] }

/**
 * Gives each product its one producer: creates its listing, or moves it to this producer.
 * Unknown producers or products refuse everything before a row is written. Returns the
 * products assigned and what undoes it.
 */
async function assignListings(container: MedusaContainer, assignments: AssignProductsInput[]) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const query = container.resolve("query")
  const producerIds = [...new Set(assignments.map((assignment) => assignment.producer_id))]
  const producers = producerIds.length ? await ocop.listProducers({ id: producerIds }) : []
  const absent = producerIds.filter((id) => !producers.some((producer) => producer.id === id))
  if (absent.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Producer with id: ${absent[0]} was not found`,
      "producer_not_found",
    )
  }
  const producerOf = new Map<string, (typeof producers)[number]>()
  for (const assignment of assignments) {
    const producer = producers.find((row) => row.id === assignment.producer_id)!
    for (const id of assignment.product_ids) producerOf.set(id, producer)
  }
  const productIds = [...producerOf.keys()]
  const { data: products } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id"], filters: { id: productIds } })
    : { data: [] }
  const known = new Set(products.map((product) => product.id))
  const missing = productIds.filter((id) => !known.has(id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Products not found: ${missing.join(", ")}`,
      "product_not_found",
    )
  }

  const existing = productIds.length ? await ocop.listListings({ product_id: productIds }) : []
  const undo: Undo = {
    created: [],
    moved: existing.map(({ id, producer_id, province }) => ({ id, producer_id, province })),
  }
  const target = (productId: string) => {
    const producer = producerOf.get(productId)!
    return { producer_id: producer.id, province: producer.province }
  }
  if (existing.length) {
    await ocop.updateListings(
      existing.map((listing) => ({ id: listing.id, ...target(listing.product_id) })),
    )
  }
  const listed = new Set(existing.map((listing) => listing.product_id))
  const fresh = productIds.filter((id) => !listed.has(id))
  if (fresh.length) {
    const created = await ocop.createListings(
      fresh.map((product_id) => ({ product_id, ...target(product_id) })),
    )
    undo.created = created.map((listing) => listing.id)
  }
  return new StepResponse(productIds, undo)
}

async function undoAssignments(undo: Undo | undefined, container: MedusaContainer) {
  if (!undo) return
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  if (undo.created.length) await ocop.deleteListings(undo.created)
  if (undo.moved.length) await ocop.updateListings(undo.moved)
}

/** Gives each product its one producer: creates its listing, or moves it to this producer. */
export const assignProductsStep = createStep(
  "assign-ocop-products",
  (input: AssignProductsInput, { container }) => assignListings(container, [input]),
  (undo, { container }) => undoAssignments(undo, container),
)

/** The same for many producers at once, e.g. a province's catalogue loaded in one go. */
export const assignProductsToProducersStep = createStep(
  "assign-ocop-products-to-producers",
  (input: AssignProductsInput[], { container }) => assignListings(container, input),
  (undo, { container }) => undoAssignments(undo, container),
)
