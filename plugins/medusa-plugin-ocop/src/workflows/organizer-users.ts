import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORGANIZER_ACTOR } from "../modules/ocop/lib/constants"
import { claimOrganizerUserStep, createOrganizerUserStep } from "./steps/organizer-users"

export const createOrganizerUserWorkflow = createWorkflow(
  "create-ocop-organizer-user",
  (input: {
    email: string
    first_name?: string | null
    last_name?: string | null
    organisation?: string | null
  }) => new WorkflowResponse(createOrganizerUserStep(input)),
)

/** After `/auth/organizer/emailpass/register`: claims the account the officer opened. */
export const claimOrganizerUserWorkflow = createWorkflow(
  "claim-ocop-organizer-user",
  (input: { email: string; auth_identity_id: string }) => {
    const user = claimOrganizerUserStep(input)
    setAuthAppMetadataStep(
      transform({ input, user }, ({ input, user }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: ORGANIZER_ACTOR,
        value: user.id,
      })),
    )
    return new WorkflowResponse(user)
  },
)
