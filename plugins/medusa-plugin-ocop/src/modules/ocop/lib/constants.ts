/** Vocabulary of the OCOP programme, shared by models, validators and rules. */

export const OCOP_MODULE = "ocop"

/** Legal forms of an OCOP producer (chủ thể OCOP). */
export const LEGAL_FORMS = [
  "cooperative",
  "cooperative_group",
  "enterprise",
  "household_business",
] as const
export type LegalForm = (typeof LEGAL_FORMS)[number]

/** The six product groups of Decision 148/QĐ-TTg (2023). */
export const PRODUCT_GROUPS = [
  "food",
  "drink",
  "herbal",
  "handicraft",
  "ornamental",
  "tourism",
] as const
export type ProductGroup = (typeof PRODUCT_GROUPS)[number]

/** The groups of the older Decision 1048/QĐ-TTg (2018–2022), still found on valid certificates. */
export const LEGACY_PRODUCT_GROUPS = {
  food: "food",
  drinks: "drink",
  herbs: "herbal",
  textiles_garments: "handicraft",
  souvenirs_furniture_decoration: "handicraft",
  rural_tourism: "tourism",
} as const satisfies Record<string, ProductGroup>
export type LegacyProductGroup = keyof typeof LEGACY_PRODUCT_GROUPS

/** Who certified: local (former district) results are 1–2 stars and never certify for sale. */
export const CERTIFICATION_LEVELS = ["local", "provincial", "national"] as const
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number]

export const CERTIFICATION_STATUSES = ["active", "revoked"] as const
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number]

/** What a shopper or a QR scan sees: "expired" is derived from the dates, never stored. */
export type CertificationState = "active" | "expired" | "revoked"

/** Kinds of place in a province's showroom network, where stock lives. */
export const PLACE_TYPES = [
  "provincial_centre",
  "local_centre",
  "sales_point",
  "showroom",
  "fair_ground",
] as const
export type PlaceType = (typeof PLACE_TYPES)[number]

/** Where a sales point may stand (Decision 950/QĐ-BCT, 2023). */
export const SALES_POINT_VENUES = [
  "station",
  "airport",
  "highway_rest_stop",
  "shopping_centre",
  "supermarket_market",
  "tourist_site",
  "hotel_restaurant",
  "craft_village",
  "fair_centre",
  "post_office",
  "administrative_centre",
] as const
export type SalesPointVenue = (typeof SALES_POINT_VENUES)[number]

/** pending: registered, waiting for an officer; approved: manages its producer's listings. */
export const PRODUCER_USER_STATUSES = ["pending", "approved", "disabled"] as const
export type ProducerUserStatus = (typeof PRODUCER_USER_STATUSES)[number]

/** The Medusa auth actor type of producer users: tokens carry `app_metadata.producer_id`. */
export const PRODUCER_ACTOR = "producer"

/** The Medusa auth actor type of centre and sales-point staff. */
export const STAFF_ACTOR = "staff"
export const STAFF_USER_STATUSES = ["active", "disabled"] as const

/** Why a place's shelf stock changed; every change leaves a stock movement. */
export const STOCK_MOVEMENT_KINDS = [
  "receipt",
  "stocktake",
  "counter_sale",
  "transfer_out",
  "transfer_in",
  "counter_return",
  "online_order",
] as const
export type StockMovementKind = (typeof STOCK_MOVEMENT_KINDS)[number]

/**
 * Who changed stock: a centre's staff member, a fair organiser, a programme officer (Medusa's
 * `user` actor) or the system (seed, jobs). Every movement and transfer names one.
 */
export const STOCK_ACTOR_TYPES = ["staff", "organizer", "user", "system"] as const
export type StockActorType = (typeof STOCK_ACTOR_TYPES)[number]
export type StockActor = { type: StockActorType; id: string | null }
export const SYSTEM_ACTOR: StockActor = { type: "system", id: null }

/** How a counter customer pays, or is paid back: cash in the drawer or a bank transfer. */
export const COUNTER_PAYMENT_METHODS = ["cash", "bank_transfer"] as const
export type CounterPaymentMethod = (typeof COUNTER_PAYMENT_METHODS)[number]

/** The most cash a counter's drawer is expected to hold, in đồng (one billion). */
export const MAX_DRAWER_CASH = 1_000_000_000

export const STOCK_TRANSFER_STATUSES = ["in_transit", "received"] as const
export const DEFAULT_LOW_STOCK_THRESHOLD = 5

/** The Medusa auth actor type of fair organisers. */
export const ORGANIZER_ACTOR = "organizer"

/** A fair's status is derived from its dates, never stored. */
export type FairStatus = "upcoming" | "live" | "ended"

/** The accounts officers open for a person, who claims one with the invitation mailed to them. */
export const INVITED_ACTORS = [PRODUCER_ACTOR, STAFF_ACTOR, ORGANIZER_ACTOR] as const
export type InvitedActor = (typeof INVITED_ACTORS)[number]

/** How long an invitation's token claims its account. */
export const INVITATION_VALIDITY_DAYS = 7

export const LOCALES = ["vi", "en"] as const
export type Locale = (typeof LOCALES)[number]

export const VALIDITY_MONTHS = 36
export const EXPIRY_NOTICE_DAYS = 30
export const MIN_LISTABLE_STARS = 3

/** How an online order reaches its shopper: collected at a centre, or sent from a place. */
export const ORDER_ASSIGNMENT_KINDS = ["pickup", "delivery"] as const
export type OrderAssignmentKind = (typeof ORDER_ASSIGNMENT_KINDS)[number]

/**
 * Where a place's part of an online order stands: new → preparing → ready_for_pickup →
 * handed_over (pickup) or new → preparing → shipped → delivered (delivery); cancelled before it
 * leaves the place. The moves allowed are in `lib/order-assignment-rules.ts`.
 */
export const ORDER_ASSIGNMENT_STATUSES = [
  "new",
  "preparing",
  "ready_for_pickup",
  "shipped",
  "handed_over",
  "delivered",
  "cancelled",
] as const
export type OrderAssignmentStatus = (typeof ORDER_ASSIGNMENT_STATUSES)[number]

export const OcopEvents = {
  CERTIFICATION_RECORDED: "ocop.certification.recorded",
  CERTIFICATION_REVOKED: "ocop.certification.revoked",
  CERTIFICATION_EXPIRING: "ocop.certification.expiring",
  LISTING_CHANGED: "ocop.listing.changed",
  /** A place's shelf stock moved (sale, return, receipt, transfer, stocktake). */
  STOCK_CHANGED: "ocop.stock.changed",
} as const
