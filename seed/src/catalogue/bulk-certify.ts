import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refreshListingsWorkflow } from "medusa-plugin-ocop/workflows"
import { certificationInput } from "./certification-input"
import type { SeedProduct } from "./products"

type CertificationRecord = ReturnType<typeof certificationInput> & {
  level: "local" | "provincial" | "national"
  expires_at: Date
  status: "active" | "revoked"
  revoked_at: Date | null
  revocation_reason: string | null
}

type OcopCertifications = {
  createCertifications(data: CertificationRecord[]): Promise<{ id: string; product_id: string }[]>
  deleteCertifications(ids: string[]): Promise<void>
}

/** Writes a batch of certificates at once; undone by deleting them. */
const createCertificationsStep = createStep(
  "seed-create-ocop-certifications",
  async (records: CertificationRecord[], { container }) => {
    const ocop = container.resolve<OcopCertifications>("ocop")
    const created = await ocop.createCertifications(records)
    return new StepResponse(
      created,
      created.map((row) => row.id),
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<OcopCertifications>("ocop").deleteCertifications(ids)
  },
)

/**
 * Certificates in batches, then the plugin's own gate (refreshListingsWorkflow) lists and
 * publishes the batch's products in one go. The plugin records one certificate per workflow run
 * (recordCertificationWorkflow): about a second each on a busy 2-core machine, too slow for a
 * seed that `npm test` runs every time and far too slow for 20,000 certificates.
 */
export const recordCertificationsInBulkWorkflow = createWorkflow(
  "seed-record-ocop-certifications-in-bulk",
  (input: { certifications: CertificationRecord[] }) => {
    const created = createCertificationsStep(input.certifications)
    const productIds = transform({ created }, ({ created }) => ({
      product_ids: created.map((row) => row.product_id),
    }))
    refreshListingsWorkflow.runAsStep({ input: productIds })
    return new WorkflowResponse(created)
  },
)

const VALIDITY_MONTHS = 36

/** Decision 148/QĐ-TTg: <30 → 1★, 30–49 → 2★, 50–69 → 3★, 70–89 → 4★, 90–100 → 5★. */
const starsForScore = (score: number) =>
  score >= 90 ? 5 : score >= 70 ? 4 : score >= 50 ? 3 : score >= 30 ? 2 : 1

/**
 * The record the officer's workflow would store, by the same rules: stars match the score, 5★
 * is national, 3–4★ provincial, 1–2★ local results; valid 36 months from issue.
 */
export function certificationRecord(
  item: SeedProduct,
  index: number,
  productId: string,
): CertificationRecord {
  if (starsForScore(item.score) !== item.stars) {
    throw new Error(
      `${item.handle}: a score of ${item.score} earns ${starsForScore(item.score)} stars, not ${item.stars}`,
    )
  }
  const input = certificationInput(item, index, productId)
  const issued = new Date(input.issued_at)
  const expires = new Date(issued)
  expires.setUTCMonth(expires.getUTCMonth() + VALIDITY_MONTHS)
  return {
    ...input,
    level: item.stars === 5 ? "national" : item.stars >= 3 ? "provincial" : "local",
    expires_at: expires,
    status: item.revoked ? "revoked" : "active",
    revoked_at: item.revoked ? new Date() : null,
    revocation_reason: item.revoked ?? null,
  }
}
