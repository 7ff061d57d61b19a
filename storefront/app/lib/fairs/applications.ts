/**
 * A producer's application for a booth at a fair, as both portals read it
 * (`lib/booth-application-view.ts` of the OCOP plugin).
 */
export type BoothApplicationStatus = "pending" | "accepted" | "declined" | "withdrawn"

export type BoothApplication = {
  id: string
  status: BoothApplicationStatus
  note: string | null
  decline_reason: string | null
  decided_at: string | null
  created_at: string
  fair: {
    id: string
    slug: string
    name: string
    starts_at: string
    ends_at: string
    status: "upcoming" | "live" | "ended"
  } | null
  producer: { id: string; name: string }
  products: { id: string; title: string }[]
  booth_number: string | null
}
