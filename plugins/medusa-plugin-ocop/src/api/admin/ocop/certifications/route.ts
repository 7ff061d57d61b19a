import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { EXPIRY_NOTICE_DAYS, OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"
import { recordCertificationWorkflow } from "../../../../workflows/record-certification"
import type { CertificationInput } from "../../../../workflows/types"
import type { AdminCreateCertificationType, AdminListCertificationsType } from "../validators"

export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListCertificationsType>,
  res: MedusaResponse,
) {
  const { product_id, status, expiring_within_days, limit, offset } = req.validatedQuery
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const now = new Date()
  const expiring = expiring_within_days
    ? {
        status: "active" as const,
        expires_at: { $gt: now, $lte: new Date(now.getTime() + expiring_within_days * 864e5) },
      }
    : {}
  const [certifications, count] = await ocop.listAndCountCertifications(
    { ...(product_id && { product_id }), ...(status && { status }), ...expiring },
    {
      take: limit,
      skip: offset,
      order: expiring_within_days ? { expires_at: "ASC" } : { issued_at: "DESC" },
    },
  )
  res.json({ certifications, count, limit, offset, notice_days: EXPIRY_NOTICE_DAYS })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateCertificationType>,
  res: MedusaResponse,
) {
  const { result } = await recordCertificationWorkflow(req.scope).run({
    input: req.validatedBody as CertificationInput,
  })
  res.status(201).json({ certification: result })
}
