import { z } from "@medusajs/framework/zod"
import { lineText as text, multilineText, optionalMultiline } from "./zod-fields"

/** A producer applies with the products they want to bring (at least one), and a note. */
export const ProducerApplyForBooth = z
  .object({
    product_ids: z.array(text(64)).min(1).max(50),
    note: optionalMultiline(1000),
  })
  .strict()
export type ProducerApplyForBoothType = z.infer<typeof ProducerApplyForBooth>

/** The organiser accepts with a booth number: the applicant's booth, or a new one. */
export const OrganizerAcceptApplication = z.object({ booth_number: text(20) }).strict()
export type OrganizerAcceptApplicationType = z.infer<typeof OrganizerAcceptApplication>

/** The organiser declines with a reason (required: the producer reads it). */
export const OrganizerDeclineApplication = z.object({ reason: multilineText(1000) }).strict()
export type OrganizerDeclineApplicationType = z.infer<typeof OrganizerDeclineApplication>
