import { currentCertification } from "../../modules/ocop/lib/certification-rules"
import { MIN_LISTABLE_STARS } from "@ocop/shared"
import { formatDate } from "./dates"
import type { UnlistedReason } from "@ocop/shared"
import type { CertificationWithState, OcopProductFile } from "./types"

export type ListingVerdict =
  | { listed: true; current: CertificationWithState | undefined }
  | { listed: false; reason: string; current: CertificationWithState | undefined }

const reasonText = (reason: UnlistedReason, current: CertificationWithState | undefined) => {
  switch (reason) {
    case "no_producer":
      return "no producer assigned"
    case "no_certificate":
      return "no certificate recorded"
    case "certificate_revoked":
      return "certificate revoked"
    case "below_listable_stars":
      return `${current?.stars ?? "?"}★ result (${MIN_LISTABLE_STARS}★ or more is needed)`
    case "certificate_expired":
      return `certificate expired on ${current ? formatDate(current.expires_at) : "?"}`
    case "not_refreshed":
      return "listing not refreshed yet (run the expiry checks)"
  }
}

/**
 * Whether shoppers see the product now, and if not, why: the server's verdict (`verdict`),
 * worded here; the current certificate is shown beside it.
 */
export function listingVerdict(file: OcopProductFile): ListingVerdict {
  const current = currentCertification(file.certifications)
  const { verdict } = file
  return verdict.listed
    ? { listed: true, current }
    : { listed: false, reason: reasonText(verdict.reason, current), current }
}
