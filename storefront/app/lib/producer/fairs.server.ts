import type { FairSummary } from "@ocop/shared"
import type { BoothApplication } from "../fairs/applications.ts"
import { portalApi } from "../portal/api.server.ts"
import type { ApplyBody } from "./fair-forms.ts"

/** Fairs open for booth applications, and the producer's own applications. */

const call = portalApi("Producer API", 10_000)

export async function listOpenFairs(token: string, signal?: AbortSignal) {
  const { fairs } = await call<{ fairs: FairSummary[] }>("/producer/fairs", { token, signal })
  return fairs
}

export async function listMyApplications(token: string, signal?: AbortSignal) {
  const { applications } = await call<{ applications: BoothApplication[] }>(
    "/producer/applications",
    { token, signal },
  )
  return applications
}

export function applyForBooth(token: string, { fair_id, ...body }: ApplyBody) {
  return call(`/producer/fairs/${encodeURIComponent(fair_id)}/applications`, {
    token,
    method: "POST",
    body,
  })
}

export function withdrawApplication(token: string, applicationId: string) {
  return call(`/producer/applications/${encodeURIComponent(applicationId)}/withdraw`, {
    token,
    method: "POST",
    body: {},
  })
}
