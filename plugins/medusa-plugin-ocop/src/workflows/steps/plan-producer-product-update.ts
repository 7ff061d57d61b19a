import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ProducerRefusal } from "../refusal"
import type { ProducerProductUpdate } from "../types"

type ExistingVariant = { id: string; title: string; sku: string | null; weight: number | null }

/**
 * Turns a producer's edit into a product update: variants are edited by id (titles, SKUs,
 * weights, VND prices); every existing variant is carried over so none is dropped. An id that
 * is not one of this product's variants answers 404 `unknown_variant`, whoever's variant it is;
 * both refusals name the variant's field (decision 0016).
 */
export const planProducerProductUpdateStep = createStep(
  "plan-ocop-producer-product-update",
  async (input: { product_id: string; update: ProducerProductUpdate }, { container }) => {
    const { variants, ...fields } = input.update
    if (!variants) return new StepResponse({ id: input.product_id, ...fields })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "weight"],
      filters: { product_id: input.product_id },
    })
    const existing = data as ExistingVariant[]
    const withoutId = variants.findIndex((v) => !v.id)
    if (withoutId >= 0) {
      throw new ProducerRefusal(
        MedusaError.Types.INVALID_DATA,
        "required",
        `variants.${withoutId}.id`,
        `Variants can be edited by id only; no id: ${variants[withoutId].title}.`,
      )
    }
    const unknown = variants.findIndex((v) => !existing.some((e) => e.id === v.id))
    if (unknown >= 0) {
      throw new ProducerRefusal(
        MedusaError.Types.NOT_FOUND,
        "unknown_variant",
        `variants.${unknown}.id`,
        `Variant ${variants[unknown].id} was not found on this product.`,
      )
    }
    const edited = new Map(variants.map((variant) => [variant.id, variant]))
    return new StepResponse({
      id: input.product_id,
      ...fields,
      variants: existing.map((variant) => {
        const edit = edited.get(variant.id)
        if (!edit) return { id: variant.id }
        return {
          id: variant.id,
          title: edit.title,
          sku: edit.sku ?? variant.sku ?? undefined,
          weight: edit.weight ?? variant.weight ?? undefined,
          prices: [{ amount: edit.price, currency_code: "vnd" }],
        }
      }),
    })
  },
)
