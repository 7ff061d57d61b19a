import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"
import type { CertificationRecord } from "../types"
import { deleteCreated } from "./created-rows"

export const createCertificationStep = createStep(
  "create-ocop-certification",
  async (record: CertificationRecord, { container }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const certification = await ocop.createCertifications(record)
    return new StepResponse(certification, certification.id)
  },
  deleteCreated((ocop, ids) => ocop.deleteCertifications(ids)),
)
