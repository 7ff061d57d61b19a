import {
  certificationState,
  currentCertification,
} from "../../modules/ocop/lib/certification-rules"
import { MIN_LISTABLE_STARS } from "../../modules/ocop/lib/constants"
import { formatDate } from "./dates"
import type { CertificationWithState, OcopProductFile } from "./types"

export type ListingVerdict =
  | { listed: true; current: CertificationWithState }
  | { listed: false; reason: string; current: CertificationWithState | undefined }

/**
 * Whether shoppers see the product now, and if not, why. "Listed" is the server's gate
 * (`listed` until `listed_until`); the reason is read from the same certificate rules.
 */
export function listingVerdict(file: OcopProductFile, now = new Date()): ListingVerdict {
  const current = currentCertification(file.certifications)
  const { listing } = file
  if (!listing) return { listed: false, reason: "no producer assigned", current }
  const until = listing.listed_until ? new Date(listing.listed_until).getTime() : 0
  if (listing.listed && until > now.getTime() && current) return { listed: true, current }
  if (!current) {
    const revoked = file.certifications.some((cert) => cert.status === "revoked")
    return {
      listed: false,
      reason: revoked ? "certificate revoked" : "no certificate recorded",
      current,
    }
  }
  if (current.stars < MIN_LISTABLE_STARS) {
    return {
      listed: false,
      reason: `${current.stars}★ result (${MIN_LISTABLE_STARS}★ or more is needed)`,
      current,
    }
  }
  if (certificationState(current, now) === "expired") {
    return {
      listed: false,
      reason: `certificate expired on ${formatDate(current.expires_at)}`,
      current,
    }
  }
  return { listed: false, reason: "listing not refreshed yet (run the expiry checks)", current }
}
