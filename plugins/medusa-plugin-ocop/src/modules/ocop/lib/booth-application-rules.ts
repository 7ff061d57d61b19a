import { FairRuleError, fairStatus, listedThroughFair, type FairDates } from "./fair-rules"

/** Pending until the organiser decides (accepted, declined) or the producer withdraws it. */
export const BOOTH_APPLICATION_STATUSES = ["pending", "accepted", "declined", "withdrawn"] as const
export type BoothApplicationStatus = (typeof BOOTH_APPLICATION_STATUSES)[number]

/** A fair takes applications until it ends (every fair is public once created). */
export function isOpenForApplications(fair: FairDates, now = new Date()): boolean {
  return fairStatus(fair, now) !== "ended"
}

/** The producer's product as the gate sees it: whose it is, listed now, and until when. */
export type ApplicantProduct = {
  product_id: string
  producer_id: string
  listed_now: boolean
  listed_until: Date | string | null
}

/**
 * A producer applies for an open fair with their own products, each listed now and through
 * the fair's end (the fair entry rule: `listedThroughFair`). Another producer's product, or an
 * unknown one, answers as not found.
 */
export function checkApplication(
  fair: FairDates,
  producerId: string,
  productIds: string[],
  products: ApplicantProduct[],
  now = new Date(),
): void {
  if (!isOpenForApplications(fair, now)) {
    throw new FairRuleError("fair_ended", "This fair has ended: it takes no more applications.")
  }
  const own = (id: string) =>
    products.find((row) => row.product_id === id && row.producer_id === producerId)
  const unknown = productIds.filter((id) => !own(id))
  if (unknown.length) {
    throw new FairRuleError("product_not_found", `Product ${unknown[0]} was not found.`, true)
  }
  const uncertified = productIds.filter((id) => !own(id)!.listed_now)
  if (uncertified.length) {
    throw new FairRuleError(
      "product_not_certified",
      `Only products with an active 3–5 star OCOP certificate can go to a fair: ${uncertified.join(", ")}.`,
    )
  }
  const lapsing = productIds.filter((id) => !listedThroughFair(own(id)!.listed_until, fair))
  if (lapsing.length) {
    throw new FairRuleError(
      "certificate_ends_before_fair",
      `The certificate ends before the fair does: ${lapsing.join(", ")}. A product is shown only while certified through the fair.`,
    )
  }
}

/** Only a pending application is decided or withdrawn, and only once. */
export function checkPending(application: { id: string; status: string }): void {
  if (application.status !== "pending") {
    throw new FairRuleError(
      "application_not_pending",
      `Application ${application.id} is ${application.status}: it can no longer change.`,
    )
  }
}

/**
 * The booth an accepted application gets: the fair's booth with that number if the applicant
 * already holds it, a new one otherwise; a number another producer holds is refused.
 */
export function boothForApplicant<B extends { id: string; number: string; producer_id: string }>(
  booths: B[],
  number: string,
  producerId: string,
): B | null {
  const booth = booths.find((row) => row.number === number)
  if (!booth) return null
  if (booth.producer_id !== producerId) {
    throw new FairRuleError("booth_taken", `Booth ${number} is held by another producer.`)
  }
  return booth
}
