import type { MedusaContainer } from "@medusajs/framework/types"
import { createProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { Commerce } from "../commerce"
import { chunk, eachLimit } from "../lib/batches"
import { idsBy } from "../lib/look-up"
import { Progress } from "../lib/progress"
import { productSvg } from "./images"
import type { SeedProduct } from "./products"

const OPTION = "Quy cách"

/** Product ids by handle, for the given handles that exist. */
export const productIds = (container: MedusaContainer, handles: string[]) =>
  idsBy(container, "product", "handle", handles)

/**
 * Creates the products that do not exist yet (by handle), as drafts: the certificate gate
 * publishes them. Each gets its picture uploaded through the file module first.
 */
export async function createMissingProducts(
  container: MedusaContainer,
  commerce: Commerce,
  catalogue: SeedProduct[],
  options: { batch: number; concurrency: number; progress: boolean },
): Promise<{ ids: Map<string, string>; created: number }> {
  const handles = catalogue.map((item) => item.handle)
  const existing = await productIds(container, handles)
  const missing = catalogue.filter((item) => !existing.has(item.handle))
  if (!missing.length) return { ids: existing, created: 0 }
  const bar = new Progress("products", missing.length, options.progress)
  // Two batches in flight: Node builds one while Postgres writes the other.
  await eachLimit(
    chunk(missing, options.batch),
    Math.min(2, options.concurrency),
    async (batch) => {
      const images = await uploadImages(container, batch)
      await createProductsWorkflow(container).run({
        input: {
          products: batch.map((item) => productInput(item, commerce, images.get(item.handle)!)),
        },
      })
      bar.tick(batch.length)
    },
  )
  bar.finish()
  return { ids: await productIds(container, handles), created: missing.length }
}

/** One SVG per distinct title and group in the batch; returns each product's image URL. */
async function uploadImages(container: MedusaContainer, batch: SeedProduct[]) {
  const key = (item: SeedProduct) => `${item.group}|${item.vi.title}|${item.vi.origin}`
  const distinct = [...new Map(batch.map((item) => [key(item), item])).values()]
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: distinct.map((item) => ({
        filename: `${item.handle}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(productSvg(item.group, item.vi.title, item.vi.origin)).toString(
          "base64",
        ),
        access: "public" as const,
      })),
    },
  })
  const urls = new Map(distinct.map((item, i) => [key(item), result[i].url]))
  return new Map(batch.map((item) => [item.handle, urls.get(key(item))!]))
}

function productInput(item: SeedProduct, commerce: Commerce, image: string) {
  return {
    title: item.vi.title,
    handle: item.handle,
    description: item.vi.description,
    status: "draft" as const,
    thumbnail: image,
    images: [{ url: image }],
    shipping_profile_id: commerce.shippingProfileId,
    sales_channels: [{ id: commerce.channelId }],
    options: [{ title: OPTION, values: item.variants.map((variant) => variant.title) }],
    variants: item.variants.map((variant) => ({
      title: variant.title,
      sku: variant.sku,
      weight: variant.weight,
      // Tourism products are services: bookable, never counted on a shelf.
      manage_inventory: item.group !== "tourism",
      options: { [OPTION]: variant.title },
      prices: [{ amount: variant.price, currency_code: "vnd" }],
    })),
  }
}
