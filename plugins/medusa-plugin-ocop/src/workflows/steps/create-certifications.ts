import type { CertificationRecord } from "../types"
import { createRowsStep } from "./created-rows"

/** Stores a batch of validated certificates in one insert; undone by deleting them. */
export const createCertificationsStep = createRowsStep(
  "create-ocop-certifications",
  async (ocop, records: CertificationRecord[]) =>
    records.length ? await ocop.createCertifications(records) : [],
  (ocop, ids) => ocop.deleteCertifications(ids),
)
