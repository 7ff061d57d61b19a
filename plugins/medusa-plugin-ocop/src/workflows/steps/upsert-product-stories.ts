import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import { sanitizeStory } from "../../modules/ocop/lib/sanitize-story"
import type OcopModuleService from "../../modules/ocop/service"
import type { ProductStoryInput } from "../types"

type Undo = { created: string[]; previous: (ProductStoryInput & { id: string })[] }

/**
 * Writes each product story (one per product and language), sanitising its HTML body. A story
 * of a product that does not exist is refused (404), never left orphaned.
 */
export const upsertProductStoriesStep = createStep(
  "upsert-ocop-product-stories",
  async (input: ProductStoryInput[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const productIds = [...new Set(input.map((story) => story.product_id))]
    const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id"],
      filters: { id: productIds },
    })
    const missing = productIds.filter((id) => !products.some((product) => product.id === id))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product ${missing.join(", ")} was not found.`,
        "product_not_found",
      )
    }
    const existing = await ocop.listProductStories({ product_id: productIds })
    const undo: Undo = { created: [], previous: [] }
    const results = []
    for (const story of input) {
      const clean = { ...story, body: sanitizeStory(story.body) }
      const current = existing.find(
        (row) => row.product_id === story.product_id && row.locale === story.locale,
      )
      if (current) {
        undo.previous.push(current)
        results.push(await ocop.updateProductStories({ ...clean, id: current.id }))
      } else {
        const created = await ocop.createProductStories(clean)
        undo.created.push(created.id)
        results.push(created)
      }
    }
    return new StepResponse(results, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    if (undo.created.length) await ocop.deleteProductStories(undo.created)
    if (undo.previous.length) await ocop.updateProductStories(undo.previous)
  },
)
