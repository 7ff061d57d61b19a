import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_ACTOR } from "../modules/ocop/lib/constants"
import {
  claimStaffUserStep,
  createStaffUserStep,
  setStaffPlacesStep,
  type StaffUserInput,
} from "./steps/staff-users"

export const createStaffUserWorkflow = createWorkflow(
  "create-ocop-staff-user",
  (input: StaffUserInput) => new WorkflowResponse(createStaffUserStep(input)),
)

export const setStaffPlacesWorkflow = createWorkflow(
  "set-ocop-staff-places",
  (input: { staff_user_id: string; place_ids: string[] }) =>
    new WorkflowResponse(setStaffPlacesStep(input)),
)

/** After `/auth/staff/emailpass/register`: claims the account and stamps the token's actor. */
export const claimStaffUserWorkflow = createWorkflow(
  "claim-ocop-staff-user",
  (input: { email: string; auth_identity_id: string }) => {
    const user = claimStaffUserStep(input)
    setAuthAppMetadataStep(
      transform({ input, user }, ({ input, user }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: STAFF_ACTOR,
        value: user.id,
      })),
    )
    return new WorkflowResponse(user)
  },
)
