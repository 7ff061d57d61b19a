import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"
import { createStaffUserWorkflow } from "../../../../workflows/staff-users"
import type { AdminCreateStaffUserType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const staff_users = await ocop.listStaffUsers({}, { relations: ["assignments"], take: 500 })
  res.json({ staff_users })
}

/**
 * Open a staff account for the places it will manage, and mail the person an invitation to
 * claim it. `invitation.delivered` is false when the email failed: resend it later.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateStaffUserType>,
  res: MedusaResponse,
) {
  const { result } = await createStaffUserWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json(result)
}
