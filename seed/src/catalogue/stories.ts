import type { MedusaContainer } from "@medusajs/framework/types"
import { upsertProductStoriesWorkflow } from "medusa-plugin-ocop/workflows"
import { chunk, eachLimit } from "../lib/batches"
import { lookUpByProduct } from "../lib/look-up"
import { Progress } from "../lib/progress"
import type { SeedProduct } from "./products"

const LOCALES = ["vi", "en"] as const

/** Writes the missing product stories (one per product and language); returns how many. */
export async function writeStories(
  container: MedusaContainer,
  catalogue: SeedProduct[],
  productId: Map<string, string>,
  options: { batch: number; concurrency: number; progress: boolean },
): Promise<number> {
  const rows = await lookUpByProduct(container, "product_story", productId, [
    "product_id",
    "locale",
  ])
  const present = new Set(rows.map((row) => `${row.product_id}/${row.locale}`))
  const stories = catalogue.flatMap((item) =>
    LOCALES.filter((locale) => !present.has(`${productId.get(item.handle)}/${locale}`)).map(
      (locale) => ({
        product_id: productId.get(item.handle)!,
        locale,
        product_title: item[locale].title,
        product_description: item[locale].description,
        title: item[locale].title,
        body: item[locale].story,
        origin_place: item[locale].origin,
      }),
    ),
  )
  if (!stories.length) return 0
  const bar = new Progress("stories", stories.length, options.progress)
  await eachLimit(chunk(stories, options.batch), options.concurrency, async (batch) => {
    await upsertProductStoriesWorkflow(container).run({ input: { stories: batch } })
    bar.tick(batch.length)
  })
  bar.finish()
  return stories.length
}
