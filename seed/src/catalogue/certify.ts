import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { chunk, eachLimit } from "../lib/batches"
import { Progress } from "../lib/progress"
import { certificationRecord, recordCertificationsInBulkWorkflow } from "./bulk-certify"
import { certificateNumber } from "./certification-input"
import type { SeedProduct } from "./products"

/**
 * Records each product's certificate unless its number is already recorded (numbers count on
 * from `firstNumber`, so catalogues loaded one after the other never share one), in batches: one
 * insert per batch, then the plugin's gate lists and publishes the batch's products at once.
 */
export async function certify(
  container: MedusaContainer,
  catalogue: SeedProduct[],
  productId: Map<string, string>,
  options: { concurrency: number; progress: boolean; firstNumber: number },
): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const numbered = catalogue.map((item, i) => ({ item, index: options.firstNumber + i }))
  const numbers = numbered.map(({ item, index }) => certificateNumber(item, index))
  const known = new Set<string>()
  for (const batch of chunk(numbers, 1000)) {
    const { data } = await query.graph({
      entity: "certification",
      fields: ["certificate_number"],
      filters: { certificate_number: batch },
    })
    for (const row of data) known.add(row.certificate_number as string)
  }
  const pending = numbered.filter(({ item, index }) => !known.has(certificateNumber(item, index)))
  if (!pending.length) return 0
  const bar = new Progress("certificates", pending.length, options.progress)
  await eachLimit(chunk(pending, 250), Math.min(2, options.concurrency), async (batch) => {
    await recordCertificationsInBulkWorkflow(container).run({
      input: {
        certifications: batch.map(({ item, index }) =>
          certificationRecord(item, index, productId.get(item.handle)!),
        ),
      },
    })
    bar.tick(batch.length)
  })
  bar.finish()
  return pending.length
}
