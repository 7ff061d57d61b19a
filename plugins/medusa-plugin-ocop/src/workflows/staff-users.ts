import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type Locale } from "@ocop/shared"
import { STAFF_ACTOR } from "../modules/ocop/lib/constants"
import { openInvitedAccount } from "./invite-account"
import { createStaffUserStep, setStaffPlacesStep, type StaffUserInput } from "./steps/staff-users"

/** An officer opens a staff account; the person claims it with the invitation mailed to them. */
export const createStaffUserWorkflow = createWorkflow(
  "create-ocop-staff-user",
  (input: StaffUserInput & { locale?: Locale | null }) => {
    const { account, invitation } = openInvitedAccount(STAFF_ACTOR, input, createStaffUserStep)
    return new WorkflowResponse({ staff_user: account, invitation })
  },
)

export const setStaffPlacesWorkflow = createWorkflow(
  "set-ocop-staff-places",
  (input: { staff_user_id: string; place_ids: string[] }) =>
    new WorkflowResponse(setStaffPlacesStep(input)),
)
