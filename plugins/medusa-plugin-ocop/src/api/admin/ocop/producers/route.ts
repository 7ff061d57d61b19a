import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OCOP_MODULE } from "../../../../modules/ocop/lib/constants"
import type OcopModuleService from "../../../../modules/ocop/service"
import { createProducersWorkflow } from "../../../../workflows/producers"
import type { AdminCreateProducerType, AdminListProducersType } from "../validators"

export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListProducersType>,
  res: MedusaResponse,
) {
  const { q, province, limit, offset } = req.validatedQuery
  const ocop: OcopModuleService = req.scope.resolve(OCOP_MODULE)
  const [producers, count] = await ocop.listAndCountProducers(
    { ...(q && { q }), ...(province && { province }) },
    { take: limit, skip: offset, order: { name: "ASC" } },
  )
  res.json({ producers, count, limit, offset })
}

export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateProducerType>,
  res: MedusaResponse,
) {
  const { result } = await createProducersWorkflow(req.scope).run({
    input: { producers: [req.validatedBody] },
  })
  res.status(201).json({ producer: result[0] })
}
