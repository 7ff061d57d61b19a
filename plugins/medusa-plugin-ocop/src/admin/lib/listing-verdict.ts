import { currentCertification } from "../../modules/ocop/lib/certification-rules"
import { MIN_LISTABLE_STARS } from "../../modules/ocop/lib/constants"
import { formatDate } from "./dates"
import type { CertificationWithState, OcopProductFile } from "./types"

export type ListingVerdict =
  | { listed: true; current: CertificationWithState }
  | { listed: false; reason: string; current: CertificationWithState | undefined }

/**
 * Whether shoppers see the product now, and if not, why. "Listed" is the server's verdict
 * (`listed_now`), and "expired" the certificate's `state` as the server computed it; only the
 * wording of the reason is chosen here.
 */
export function listingVerdict(file: OcopProductFile): ListingVerdict {
  const current = currentCertification(file.certifications)
  const { listing } = file
  if (!listing) return { listed: false, reason: "no producer assigned", current }
  if (listing.listed_now && current) return { listed: true, current }
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
  if (current.state === "expired") {
    return {
      listed: false,
      reason: `certificate expired on ${formatDate(current.expires_at)}`,
      current,
    }
  }
  return { listed: false, reason: "listing not refreshed yet (run the expiry checks)", current }
}
