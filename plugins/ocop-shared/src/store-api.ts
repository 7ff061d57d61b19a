import type {
  CertificationState,
  FairStatus,
  LegalForm,
  ListableLevel,
  Locale,
  PlaceType,
  ProductGroup,
  ProductOrder,
  SalesPointVenue,
  Stars,
} from "./vocabulary.js"

/**
 * The store API of the OCOP backend (GET /store/ocop/...): what the plugin's routes answer and
 * the storefront reads. A "certification" holds stars, score and level; its certificate is the
 * document with a number that a shopper can verify.
 */

export type Money = {
  /** Whole Vietnamese đồng: VND has no minor unit. */
  amount: number
  currency_code: "vnd"
}

export type ProducerRef = {
  id: string
  handle: string
  name: string
}

export type ProductSummary = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price: Money | null
  stars: Stars
  level: ListableLevel
  product_group: ProductGroup
  province: string
  producer: ProducerRef
}

/** A facet value and how many products of the same query have it (its own filter ignored). */
export type FacetCount<T = string> = { value: T; count: number }

/** The backend's facets of a product query (plugin lib/search-facets.ts). */
export type ProductFacets = {
  stars: FacetCount<number>[]
  product_group: FacetCount[]
  province: FacetCount[]
  /** Top producers by count, plus the selected one. */
  producer: { handle: string; name: string; count: number }[]
  price: { min: number; max: number } | null
}

export type ProductListResponse = {
  products: ProductSummary[]
  count: number
  limit: number
  offset: number
  facets: ProductFacets
}

export type Certification = {
  certificate_number: string
  decision_number: string
  issuing_authority: string
  issued_at: string
  expires_at: string
  stars: Stars
  score: number
  level: ListableLevel
  /** The backend's verdict on the certificate (certification-rules.ts `certificationState`). */
  state: CertificationState
  product_group: ProductGroup
  product_subgroup: string | null
}

export type ProductStory = {
  title: string
  /** HTML, sanitised by the backend. */
  body: string
  origin_place: string | null
  video_url: string | null
}

export type Producer = ProducerRef & {
  legal_form: LegalForm
  province: string
  commune: string
  address: string | null
}

/** A place of the showroom network: an OCOP centre, sales point, showroom or fair ground. */
export type Place = {
  id: string
  stock_location_id: string
  name: string
  type: PlaceType
  venue: SalesPointVenue | null
  province: string
  commune: string
  legacy_district?: string | null
  address: string
  latitude: number | null
  longitude: number | null
  opening_hours: string | null
  phone: string | null
  /** Shoppers can collect online orders here. */
  pickup: boolean
}

/** A place holding the product now: units on the shelf, in all and per variant. */
export type PlaceAvailability = Place & {
  available: number
  quantities: Record<string, number>
}

export type PlaceListResponse = { places: Place[]; count: number; limit: number; offset: number }

export type ProducerDetail = Producer & {
  legacy_district: string | null
  story: string | null
  latitude: number | null
  longitude: number | null
}

export type ProducerResponse = { producer: ProducerDetail; products: ProductSummary[] }

export type ProductVariant = {
  id: string
  title: string
  sku: string | null
  price: Money | null
}

export type ProductDetail = Omit<ProductSummary, "producer"> & {
  description: string | null
  images: { id: string; url: string }[]
  variants: ProductVariant[]
  certification: Certification
  story: ProductStory | null
  availability: PlaceAvailability[]
  producer: Producer
}

export type ProductDetailResponse = { product: ProductDetail }

/** The facts printed on a certificate, shown by the product page and the verify page alike. */
export type CertificateFacts = Omit<Certification, "state" | "product_group" | "product_subgroup">

export type CertificateVerification = CertificateFacts & {
  state: CertificationState
  revoked_at: string | null
  revocation_reason: string | null
  /** Null when the certified product or its producer is no longer in the catalogue. */
  product: { title: string; handle: string } | null
  producer: { name: string; province: string } | null
}

export type CertificateResponse = { certificate: CertificateVerification }

export type ProductListQuery = {
  q?: string
  group?: ProductGroup
  /** A minimum: 4 lists 4- and 5-star products. */
  stars?: Stars
  province?: string
  /** A producer handle. */
  producer?: string
  /** Lowest price in whole đồng, both ends included. */
  price_min?: number
  price_max?: number
  /** A province where some OCOP place holds the product now. */
  in_stock_province?: string
  /** Omitted: relevance when `q` is set, newest otherwise. */
  order?: ProductOrder
  limit: number
  offset?: number
  locale: Locale
}

/** A fair (hội chợ) in the shopper's language; the status is derived from its dates. */
export type FairSummary = {
  id: string
  slug: string
  name: string
  venue: string
  province: string
  starts_at: string
  ends_at: string
  status: FairStatus
  description: string | null
}

export type FairListResponse = {
  live: FairSummary[]
  upcoming: FairSummary[]
  /** Most recent first. */
  past: FairSummary[]
}

/** A booth and the listed products it shows; the producer is null when no longer on file. */
export type FairBooth = {
  id: string
  number: string
  producer: { id: string; handle: string; name: string; province: string } | null
  products: ProductSummary[]
}

/** A place of the network holding a product now, as the fair page lists it after the fair. */
export type WhereToBuyPlace = Pick<
  Place,
  "id" | "name" | "type" | "province" | "commune" | "address"
>

/** Where to buy one product after the fair: a few places by province then name, and how many more. */
export type FairWhereToBuy = { places: WhereToBuyPlace[]; more: number }

export type FairDetail = FairSummary & {
  /** The fair ground: a place of the showroom network. */
  place: Place | null
  booths: FairBooth[]
  /**
   * While the fair is on: units left on the fair ground, by product id (a product whose stock is
   * not counted is absent). Null before and after the fair.
   */
  stock_left: Record<string, number> | null
  /** After the fair: the places holding each product now, by product id. Null until it ends. */
  where_to_buy: Record<string, FairWhereToBuy> | null
}

export type FairResponse = { fair: FairDetail }
