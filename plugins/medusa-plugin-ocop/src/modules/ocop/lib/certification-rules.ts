import {
  CertificationLevel,
  CertificationState,
  CertificationStatus,
  LEGACY_PRODUCT_GROUPS,
  LegacyProductGroup,
  MIN_LISTABLE_STARS,
  ProductGroup,
} from "@ocop/shared"
import { VALIDITY_MONTHS } from "./constants"

/** The fields of a certification the rules look at. */
export type CertificationFacts = {
  stars: number
  status: CertificationStatus
  issued_at: Date | string
  expires_at: Date | string
}

/** Stars a score earns (Decision 148/QĐ-TTg): <30→1, 30–49→2, 50–69→3, 70–89→4, 90–100→5. */
export function starsForScore(score: number): number {
  if (score >= 90) return 5
  if (score >= 70) return 4
  if (score >= 50) return 3
  if (score >= 30) return 2
  return 1
}

/** Levels allowed for a star rating: 5★ is national only, 3–4★ provincial, 1–2★ local results. */
export function levelsForStars(stars: number): CertificationLevel[] {
  if (stars === 5) return ["national"]
  if (stars >= MIN_LISTABLE_STARS) return ["provincial"]
  return ["local"]
}

/** A certificate is valid for 36 months from the day the authority issued it. */
export function defaultExpiry(issuedAt: Date): Date {
  const expires = new Date(issuedAt)
  expires.setUTCMonth(expires.getUTCMonth() + VALIDITY_MONTHS)
  return expires
}

/** The dates an officer enters for a certificate, and why it ends early if it does. */
export type ValidityInput = {
  issued_at: Date
  expires_at?: Date | null
  expiry_reason?: string | null
}

export type ValidityProblem =
  | "issued_in_future"
  | "expires_before_issue"
  | "validity_over_36_months"
  | "early_expiry_needs_reason"

const day = (date: Date) => date.toISOString().slice(0, 10)

/**
 * The programme's validity rule: issued on or before today, valid 36 months from issue — never
 * longer, and shorter only with a reason (e.g. a decision that limits it). Returns the expiry to
 * store, or the rule broken with a message that names it.
 */
export function checkValidity(
  input: ValidityInput,
  now = new Date(),
): { expires_at: Date } | { problem: ValidityProblem; message: string } {
  const issued = input.issued_at
  if (issued.getTime() > now.getTime()) {
    return { problem: "issued_in_future", message: "issued_at cannot be in the future." }
  }
  const longest = defaultExpiry(issued)
  const expires = input.expires_at ?? longest
  if (expires.getTime() <= issued.getTime()) {
    return { problem: "expires_before_issue", message: "expires_at must be after issued_at." }
  }
  if (expires.getTime() > longest.getTime()) {
    return {
      problem: "validity_over_36_months",
      message: `An OCOP certificate is valid for ${VALIDITY_MONTHS} months from its issue date: one issued on ${day(issued)} expires on ${day(longest)} at the latest.`,
    }
  }
  if (expires.getTime() < longest.getTime() && !input.expiry_reason?.trim()) {
    return {
      problem: "early_expiry_needs_reason",
      message: `An expiry before ${day(longest)} (${VALIDITY_MONTHS} months from issue) needs a reason (expiry_reason).`,
    }
  }
  return { expires_at: expires }
}

export function productGroupFor(group: ProductGroup | LegacyProductGroup): ProductGroup {
  return group in LEGACY_PRODUCT_GROUPS
    ? LEGACY_PRODUCT_GROUPS[group as LegacyProductGroup]
    : (group as ProductGroup)
}

const time = (value: Date | string) => new Date(value).getTime()

export function certificationState(cert: CertificationFacts, now = new Date()): CertificationState {
  if (cert.status === "revoked") return "revoked"
  return time(cert.expires_at) <= now.getTime() ? "expired" : "active"
}

/** A product's current certificate is its newest one that was not revoked. */
export function currentCertification<T extends CertificationFacts>(certs: T[]): T | undefined {
  return certs
    .filter((cert) => cert.status !== "revoked")
    .sort((a, b) => time(b.issued_at) - time(a.issued_at))[0]
}

/** The gate: an active 3–5★ certificate with issued_at ≤ now < expires_at. */
export function isListable(cert: CertificationFacts | undefined, now = new Date()): boolean {
  if (!cert || cert.status !== "active" || cert.stars < MIN_LISTABLE_STARS) return false
  return time(cert.issued_at) <= now.getTime() && now.getTime() < time(cert.expires_at)
}
