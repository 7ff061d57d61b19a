import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"
import { inviteProducerUserWorkflow } from "../../../../workflows/producer-users"
import type { AdminInviteProducerUserType, AdminListProducerUsersType } from "../validators"

/** Producer accounts, pending ones first in line for approval. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListProducerUsersType>,
  res: MedusaResponse,
) {
  const { status, limit, offset } = req.validatedQuery
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [producer_users, count] = await ocop.listAndCountProducerUsers(status ? { status } : {}, {
    relations: ["producer"],
    take: limit,
    skip: offset,
    order: { created_at: "ASC" },
  })
  res.json({ producer_users, count, limit, offset })
}

/** Invite someone to manage a producer's listings: the invitation is mailed to this email. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminInviteProducerUserType>,
  res: MedusaResponse,
) {
  const { result } = await inviteProducerUserWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json(result)
}
