import type { MedusaContainer } from "@medusajs/framework/types"
import {
  CERTIFICATION_BATCH_SIZE,
  recordCertificationsWorkflow,
  revokeCertificationsWorkflow,
} from "medusa-plugin-ocop/workflows"
import { chunk, eachLimit } from "../lib/batches"
import { lookUp } from "../lib/look-up"
import { Progress } from "../lib/progress"
import { certificateNumber, certificationInput } from "./certification-input"
import type { SeedProduct } from "./products"

type Numbered = { item: SeedProduct; index: number }

/**
 * Records each product's certificate unless its number is already recorded (numbers count on
 * from `firstNumber`, so catalogues loaded one after the other never share one), through the
 * plugin's batch workflows: the officer's rules check every result, the gate lists and
 * publishes each batch's products, and the control cases' certificates are then revoked.
 */
export async function certify(
  container: MedusaContainer,
  catalogue: SeedProduct[],
  productId: Map<string, string>,
  options: { concurrency: number; progress: boolean; firstNumber: number },
): Promise<number> {
  const numbered = catalogue.map((item, i) => ({ item, index: options.firstNumber + i }))
  const numbers = numbered.map(({ item, index }) => certificateNumber(item, index))
  const recorded = await lookUp(container, "certification", "certificate_number", numbers, [
    "certificate_number",
  ])
  const known = new Set(recorded.map((row) => row.certificate_number as string))
  const pending = numbered.filter(({ item, index }) => !known.has(certificateNumber(item, index)))
  if (!pending.length) return 0
  const bar = new Progress("certificates", pending.length, options.progress)
  const batches = chunk(pending, CERTIFICATION_BATCH_SIZE)
  await eachLimit(batches, Math.min(2, options.concurrency), async (batch) => {
    await recordBatch(container, batch, productId)
    bar.tick(batch.length)
  })
  bar.finish()
  return pending.length
}

async function recordBatch(
  container: MedusaContainer,
  batch: Numbered[],
  productId: Map<string, string>,
) {
  const { result } = await recordCertificationsWorkflow(container).run({
    input: {
      certifications: batch.map(({ item, index }) =>
        certificationInput(item, index, productId.get(item.handle)!),
      ),
    },
  })
  const reasons = new Map(
    batch.map(({ item, index }) => [certificateNumber(item, index), item.revoked]),
  )
  const revocations = result.flatMap((certification) => {
    const reason = reasons.get(certification.certificate_number)
    return reason ? [{ id: certification.id, reason }] : []
  })
  if (revocations.length) {
    await revokeCertificationsWorkflow(container).run({ input: { revocations } })
  }
}
