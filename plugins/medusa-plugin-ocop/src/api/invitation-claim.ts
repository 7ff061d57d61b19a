import { z } from "@medusajs/framework/zod"

/**
 * The body of `POST /{producer,staff,organizer}/account/claim`: the invitation's token, the
 * invited email and the password the person chooses. A missing token is the workflow's 403
 * (invitation_required), not a 400, so the refusal says what to do.
 */
export const InvitationClaim = z
  .object({
    token: z.string().trim().max(200).optional(),
    email: z.string().trim().toLowerCase().email().max(200),
    password: z.string().min(8, "password: at least 8 characters").max(200),
  })
  .strict()
export type InvitationClaimType = z.infer<typeof InvitationClaim>

/** A producer user also tells their name and phone. */
export const ProducerInvitationClaim = InvitationClaim.extend({
  first_name: z.string().trim().max(100).nullish(),
  last_name: z.string().trim().max(100).nullish(),
  phone: z.string().trim().max(32).nullish(),
}).strict()
export type ProducerInvitationClaimType = z.infer<typeof ProducerInvitationClaim>
