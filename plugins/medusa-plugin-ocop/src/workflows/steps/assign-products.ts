import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

export type AssignProductsInput = { producer_id: string; product_ids: string[] }
type Undo = { created: string[]; moved: { id: string; producer_id: string; province: string }[] }

/** Gives each product its one producer: creates its listing, or moves it to this producer. */
export const assignProductsStep = createStep(
  "assign-ocop-products",
  async (input: AssignProductsInput, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const query = container.resolve("query")
    const producer = await ocop.retrieveProducer(input.producer_id)
    const productIds = [...new Set(input.product_ids)]
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: productIds },
    })
    const missing = productIds.filter((id) => !products.some((product) => product.id === id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Products not found: ${missing.join(", ")}`,
      )
    }

    const existing = await ocop.listListings({ product_id: productIds })
    const undo: Undo = {
      created: [],
      moved: existing.map((listing) => ({
        id: listing.id,
        producer_id: listing.producer_id,
        province: listing.province,
      })),
    }
    if (existing.length) {
      await ocop.updateListings(
        existing.map((listing) => ({
          id: listing.id,
          producer_id: producer.id,
          province: producer.province,
        })),
      )
    }
    const fresh = productIds.filter((id) => !existing.some((listing) => listing.product_id === id))
    if (fresh.length) {
      const created = await ocop.createListings(
        fresh.map((product_id) => ({
          product_id,
          producer_id: producer.id,
          province: producer.province,
        })),
      )
      undo.created = created.map((listing) => listing.id)
    }
    return new StepResponse(productIds, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (undo.created.length) await ocop.deleteListings(undo.created)
    if (undo.moved.length) await ocop.updateListings(undo.moved)
  },
)
