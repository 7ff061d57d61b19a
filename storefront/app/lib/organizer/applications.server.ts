import type { BoothApplication } from "../fairs/applications.ts"
import { portalApi } from "../portal/api.server.ts"
import type { AcceptBody, DeclineBody } from "./application-forms.ts"

/** Producers' applications for booths at the organiser's fair, and the organiser's decisions. */

const call = portalApi("Organizer API", 15_000)

const applicationsPath = (fairId: string, rest = "") =>
  `/organizer/fairs/${encodeURIComponent(fairId)}/applications${rest}`

export async function listApplications(token: string, fairId: string, signal?: AbortSignal) {
  const { applications } = await call<{ applications: BoothApplication[] }>(
    applicationsPath(fairId),
    { token, signal },
  )
  return applications
}

export function decideApplication(
  token: string,
  fairId: string,
  decision: ({ verb: "accept" } & AcceptBody) | ({ verb: "decline" } & DeclineBody),
) {
  const { verb, application_id, ...body } = decision
  return call(applicationsPath(fairId, `/${encodeURIComponent(application_id)}/${verb}`), {
    token,
    method: "POST",
    body,
  })
}
