import { revokeCertificationWorkflow } from "../../../../../../workflows/revoke-certification"
import { recordAction } from "../../../record-action"
import type { AdminRevokeCertificationType } from "../../../validators"

export const POST = recordAction(
  revokeCertificationWorkflow,
  "certification",
  (id, { reason }: AdminRevokeCertificationType) => ({ id, reason }),
)
