import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type Locale } from "@ocop/shared"
import { ORGANIZER_ACTOR } from "../modules/ocop/lib/constants"
import { openInvitedAccount } from "./invite-account"
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
    const { account, invitation } = openInvitedAccount(
      ORGANIZER_ACTOR,
      input,
      createOrganizerUserStep,
    )
    return new WorkflowResponse({ organizer_user: account, invitation })
  },
)
