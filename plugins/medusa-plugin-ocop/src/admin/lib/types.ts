import type {
  CertificationLevel,
  CertificationState,
  CertificationStatus,
  LegalForm,
  Locale,
  ProductGroup,
  UnlistedReason,
} from "@ocop/shared"
import type { CertificationRecord } from "../../workflows/types"

/** Shapes of the /admin/ocop API as they arrive over JSON (dates are ISO strings). */

export type Producer = {
  id: string
  handle: string
  name: string
  legal_form: LegalForm
  registration_number: string | null
  province: string
  commune: string
  legacy_district: string | null
  address: string | null
  phone: string | null
  email: string | null
  story_vi: string | null
  story_en: string | null
  latitude: number | null
  longitude: number | null
  created_at: string
  updated_at: string
}

export type Listing = {
  id: string
  product_id: string
  producer_id: string
  certification_id: string | null
  stars: number | null
  level: CertificationLevel | null
  product_group: ProductGroup | null
  province: string
  listed: boolean
  listed_until: string | null
  /** The gate's verdict at the time of the request (modules/ocop/lib/listed-now.ts). */
  listed_now: boolean
  certified_at: string | null
  price_from: number | null
}

/** A stored certification as JSON: the record the workflow wrote, with its id and revocation. */
export type Certification = Omit<CertificationRecord, "issued_at" | "expires_at"> & {
  id: string
  issued_at: string
  expires_at: string
  status: CertificationStatus
  revoked_at: string | null
  revocation_reason: string | null
  expiry_notified_at: string | null
}

export type CertificationWithState = Certification & { state: CertificationState }

export type ProductStory = {
  id: string
  product_id: string
  locale: Locale
  title: string
}

/** GET /admin/ocop/products/:id */
export type OcopProductFile = {
  /** The server's verdict: listed now, or the reason it is not (modules/ocop/lib/listed-now.ts). */
  verdict: { listed: true } | { listed: false; reason: UnlistedReason }
  listing: (Listing & { producer: Producer }) | null
  certifications: CertificationWithState[]
  stories: ProductStory[]
}

type Page = { count: number; limit: number; offset: number }

/** GET /admin/ocop/certifications */
export type CertificationList = Page & { certifications: Certification[]; notice_days: number }

/** GET /admin/ocop/producers */
export type ProducerList = Page & { producers: Producer[] }

/** GET /admin/ocop/producers/:id */
export type ProducerDetail = { producer: Producer & { listings: Listing[] } }

/** POST /admin/ocop/expiry-runs */
export type ExpiryRun = {
  delisted_product_ids: string[]
  notified_certification_ids: string[]
}

/** Which certificates the officer is looking at on the certificates page. */
export type CertificationView = "expiring" | "all" | "revoked"
