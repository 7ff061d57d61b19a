import { createStep } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import type { CertificationRecord } from "../types"
import { createdRows, deleteCreated } from "./created-rows"

/** Stores a batch of validated certificates in one insert; undone by deleting them. */
export const createCertificationsStep = createStep(
  "create-ocop-certifications",
  async (records: CertificationRecord[], { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const certifications = records.length ? await ocop.createCertifications(records) : []
    return createdRows(certifications)
  },
  deleteCreated((ocop, ids) => ocop.deleteCertifications(ids)),
)
