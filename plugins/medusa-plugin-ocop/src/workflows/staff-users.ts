import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type Locale } from "@ocop/shared"
import { STAFF_ACTOR } from "../modules/ocop/lib/constants"
import { inviteAccount } from "./invite-account"
import { createStaffUserStep, setStaffPlacesStep, type StaffUserInput } from "./steps/staff-users"

/** An officer opens a staff account; the person claims it with the invitation mailed to them. */
export const createStaffUserWorkflow = createWorkflow(
  "create-ocop-staff-user",
  (input: StaffUserInput & { locale?: Locale | null }) => {
    const staffUser = createStaffUserStep(
      transform({ input }, ({ input }) => ({
        email: input.email,
        first_name: input.first_name,
        last_name: input.last_name,
        place_ids: input.place_ids,
      })),
    )
    const invitation = inviteAccount(STAFF_ACTOR, staffUser, input)
    return new WorkflowResponse({ staff_user: staffUser, invitation })
  },
)

export const setStaffPlacesWorkflow = createWorkflow(
  "set-ocop-staff-places",
  (input: { staff_user_id: string; place_ids: string[] }) =>
    new WorkflowResponse(setStaffPlacesStep(input)),
)
