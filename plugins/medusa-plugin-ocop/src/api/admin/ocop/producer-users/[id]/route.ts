import { updateProducerUserWorkflow } from "../../../../../workflows/producer-users"
import { recordAction } from "../../record-action"
import type { AdminUpdateProducerUserType } from "../../validators"

/** Approve (with the producer the user manages), disable or re-enable a producer account. */
export const POST = recordAction(
  updateProducerUserWorkflow,
  "producer_user",
  (id, body: AdminUpdateProducerUserType) => ({ id, ...body }),
)
