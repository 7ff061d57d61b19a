import { z } from "zod"

/**
 * The organiser's decision on a booth application: accept with a booth number (the producer's
 * booth, or a new one), or decline with the reason the producer reads. Which application is in
 * the form's `intent` (`accept:<id>`, `decline:<id>`).
 */
const line = (max: number) => z.string().trim().min(1, "errors.required").max(max, "errors.tooLong")

export const AcceptForm = z.object({ application_id: line(64), booth_number: line(20) })
export type AcceptBody = z.infer<typeof AcceptForm>

export const DeclineForm = z.object({ application_id: line(64), reason: line(1000) })
export type DeclineBody = z.infer<typeof DeclineForm>

/** The decision and the application an intent names, or null for another form's intent. */
export function applicationIntent(intent: string) {
  const [verb, id] = intent.split(":")
  if ((verb === "accept" || verb === "decline") && id) return { verb, id } as const
  return null
}
