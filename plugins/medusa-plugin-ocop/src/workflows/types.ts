import type {
  CertificationLevel,
  LegacyProductGroup,
  LegalForm,
  Locale,
  PlaceType,
  ProductGroup,
  SalesPointVenue,
} from "@ocop/shared"

export type CertificationInput = {
  product_id: string
  certificate_number: string
  decision_number: string
  issuing_authority: string
  stars: number
  score: number
  level?: CertificationLevel
  product_group: ProductGroup | LegacyProductGroup
  product_subgroup?: string | null
  issued_at: string | Date
  expires_at?: string | Date | null
  /** Required when the certificate ends before 36 months from issue. */
  expiry_reason?: string | null
}

export type CertificationRecord = Omit<
  CertificationInput,
  "level" | "product_group" | "issued_at" | "expires_at" | "expiry_reason"
> & {
  level: CertificationLevel
  product_group: ProductGroup
  product_subgroup: string | null
  legacy_group: string | null
  issued_at: Date
  expires_at: Date
  expiry_reason: string | null
}

export type ProducerInput = {
  handle: string
  name: string
  legal_form: LegalForm
  registration_number?: string | null
  province: string
  commune: string
  legacy_district?: string | null
  address?: string | null
  phone?: string | null
  email?: string | null
  story_vi?: string | null
  story_en?: string | null
  latitude?: number | null
  longitude?: number | null
}

export type ProductStoryInput = {
  product_id: string
  locale: Locale
  product_title: string
  product_description?: string | null
  title: string
  body: string
  origin_place?: string | null
  video_url?: string | null
}

export type PlaceInput = {
  /** The stock location's name, e.g. "Trung tâm OCOP tỉnh Đắk Lắk". */
  name: string
  type: PlaceType
  venue?: SalesPointVenue | null
  province: string
  commune: string
  legacy_district?: string | null
  address: string
  latitude?: number | null
  longitude?: number | null
  opening_hours?: string | null
  phone?: string | null
  pickup?: boolean
  /** The sales channel of its counter; left out, the place opens a channel of its own. */
  sales_channel_id?: string | null
}

export type ProducerVariantInput = {
  id?: string
  title: string
  sku?: string | null
  weight?: number | null
  /** Whole đồng. */
  price: number
}

export type ProducerProductInput = {
  title: string
  handle?: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  images?: { url: string }[]
  variants: ProducerVariantInput[]
}

export type ProducerProductUpdate = Partial<Omit<ProducerProductInput, "handle">>
