import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type Locale } from "@ocop/shared"
import { ORGANIZER_ACTOR } from "../modules/ocop/lib/constants"
import { inviteAccount } from "./invite-account"
import { createOrganizerUserStep } from "./steps/organizer-users"

/** An officer opens a fair organiser's account; the person claims it with the mailed token. */
export const createOrganizerUserWorkflow = createWorkflow(
  "create-ocop-organizer-user",
  (input: {
    email: string
    first_name?: string | null
    last_name?: string | null
    organisation?: string | null
    locale?: Locale | null
  }) => {
    const organizerUser = createOrganizerUserStep(
      transform({ input }, ({ input }) => ({
        email: input.email,
        first_name: input.first_name,
        last_name: input.last_name,
        organisation: input.organisation,
      })),
    )
    const invitation = inviteAccount(ORGANIZER_ACTOR, organizerUser, input)
    return new WorkflowResponse({ organizer_user: organizerUser, invitation })
  },
)
