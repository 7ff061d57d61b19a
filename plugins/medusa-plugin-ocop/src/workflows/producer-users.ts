import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { type Locale } from "@ocop/shared"
import { PRODUCER_ACTOR } from "../modules/ocop/lib/constants"
import {
  createInvitedProducerUserStep,
  type InviteProducerUserInput,
} from "./steps/create-producer-user"
import {
  registerProducerUserStep,
  type RegisterProducerUserInput,
} from "./steps/register-producer-user"
import { openInvitedAccount } from "./invite-account"
import { updateProducerUserStep, type UpdateProducerUserInput } from "./steps/update-producer-user"

/** After `/auth/producer/emailpass/register`: a pending account, and the token's actor id. */
export const registerProducerUserWorkflow = createWorkflow(
  "register-ocop-producer-user",
  (input: RegisterProducerUserInput & { auth_identity_id: string }) => {
    const user = registerProducerUserStep(input)
    const metadata = transform({ input, user }, ({ input, user }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: PRODUCER_ACTOR,
      value: user.id,
    }))
    setAuthAppMetadataStep(metadata)
    return new WorkflowResponse(user)
  },
)

/** An officer invites someone to manage a producer's listings, by email. */
export const inviteProducerUserWorkflow = createWorkflow(
  "invite-ocop-producer-user",
  (input: InviteProducerUserInput & { locale?: Locale | null }) => {
    const { account, invitation } = openInvitedAccount(
      PRODUCER_ACTOR,
      input,
      createInvitedProducerUserStep,
    )
    return new WorkflowResponse({ producer_user: account, invitation })
  },
)

const requireProducerStep = createStep(
  "require-producer-for-approval",
  async (input: UpdateProducerUserInput) => {
    if (input.status === "approved" && !input.producer_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Approving a producer user needs the producer it manages (producer_id).",
        "producer_required",
      )
    }
  },
)

export const updateProducerUserWorkflow = createWorkflow(
  "update-ocop-producer-user",
  (input: UpdateProducerUserInput) => {
    requireProducerStep(input)
    return new WorkflowResponse(updateProducerUserStep(input))
  },
)
