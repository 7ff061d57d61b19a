import { PRODUCER_ACTOR } from "../../../../../../modules/ocop/lib/constants"
import { resendInvitationRoute } from "../../../resend-invitation"

/** Resend the invitation to an account not claimed yet: a new token; the old ones stop working. */
export const POST = resendInvitationRoute(PRODUCER_ACTOR)
