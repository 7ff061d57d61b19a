import type { UnlistedReason } from "@ocop/shared"
import { currentCertification } from "../../modules/ocop/lib/certification-rules"
import type { CertificationWithState, OcopProductFile } from "./types"

export type ListingVerdict =
  | { listed: true; current: CertificationWithState | undefined }
  | { listed: false; reason: UnlistedReason; current: CertificationWithState | undefined }

/**
 * Whether shoppers see the product now, and if not, why: the server's verdict (`verdict`, a
 * reason code the badge translates under `listing.reasons`), with the current certificate the
 * panel shows beside it.
 */
export function listingVerdict(file: OcopProductFile): ListingVerdict {
  const current = currentCertification(file.certifications)
  return { ...file.verdict, current }
}
