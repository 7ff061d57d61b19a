import type { CertificationState, PlaceType, ProducerUserAccount, StoryText } from "@ocop/shared"

/**
 * The producer portal API of the OCOP backend (`/producer/...`), as the portal reads it.
 * Shapes follow `plugins/medusa-plugin-ocop/src/lib/producer-*.ts` and the portal routes.
 */

export type ProducerUser = ProducerUserAccount & {
  producer: { id: string; handle: string; name: string } | null
}

export type ProducerCertificate = {
  certificate_number: string
  /** 1 to 5; only 3 to 5 stars put a product on sale. */
  stars: number
  state: CertificationState
  expires_at: string
}

export type ProducerProductRow = {
  id: string
  handle: string
  title: string
  status: string
  thumbnail: string | null
  listed: boolean
  stars: number | null
  certificate: ProducerCertificate | null
}

export type Page = { count: number; limit: number; offset: number }

export type ProducerProductList = Page & { products: ProducerProductRow[] }

export type ProducerStory = StoryText & { id: string; video_url: string | null }

export type ProducerVariant = {
  id: string
  title: string
  sku: string | null
  /** Grams. */
  weight: number | null
  /** Whole đồng; null when the variant has no VND price. */
  price: number | null
}

export type ProducerProductDetail = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: string
  thumbnail: string | null
  images: { id: string; url: string }[]
  variants: ProducerVariant[]
  listed: boolean
  stories: ProducerStory[]
  certifications: (ProducerCertificate & { level: string; issued_at: string })[]
}

export type Reminder = {
  product_id: string
  certificate_number: string
  stars: number
  expires_at: string
  state: CertificationState
  days_left: number
}

export type StockRow = {
  product_id: string
  variant_id: string
  variant_title: string
  sku: string | null
  stocked: number
  reserved: number
  available: number
  /** A location outside the OCOP network has no id and is named by its stock location id. */
  place: { id: string | null; name: string; type: PlaceType | null; province: string | null }
}

export type UploadedFile = { id: string; url: string }
