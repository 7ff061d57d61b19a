/**
 * The OCOP programme's vocabulary: every enum the database, the APIs, the storefront, the seed
 * and the tests share, as const arrays (the values validators and selects need at runtime) and
 * their types. The words are the glossary's (docs/architecture.md#glossary).
 */

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
/** The levels of a certification that lists a product (3 stars and more). */
export type ListableLevel = Exclude<CertificationLevel, "local">

/** The lowest star rating that lists a product for sale. */
export const MIN_LISTABLE_STARS = 3
/** The star ratings a listed product can have. */
export const LISTABLE_STARS = [3, 4, 5] as const
export type Stars = (typeof LISTABLE_STARS)[number]

/** What is stored on a certification: revoked by an officer, or not. */
export const CERTIFICATION_STATUSES = ["active", "revoked"] as const
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number]

/** What a shopper or a QR scan sees: "expired" is derived from the dates, never stored. */
export const CERTIFICATION_STATES = ["active", "expired", "revoked"] as const
export type CertificationState = (typeof CERTIFICATION_STATES)[number]

/** Why a product is not listed now, for the people who can fix it (officers, producers). */
export const UNLISTED_REASONS = [
  "no_producer",
  "no_certificate",
  "certificate_revoked",
  "below_listable_stars",
  "certificate_expired",
  "not_refreshed",
] as const
export type UnlistedReason = (typeof UNLISTED_REASONS)[number]

/** How the catalogue can be sorted; omitted, by relevance when searching, newest otherwise. */
export const PRODUCT_ORDERS = ["price_asc", "price_desc", "stars", "newest"] as const
export type ProductOrder = (typeof PRODUCT_ORDERS)[number]

/** Kinds of place in a province's showroom network, where stock lives. */
export const PLACE_TYPES = [
  "provincial_centre",
  "local_centre",
  "sales_point",
  "showroom",
  "fair_ground",
] as const
export type PlaceType = (typeof PLACE_TYPES)[number]

/** The places a shopper can look up in the directory; fair grounds are listed by fair. */
export const DIRECTORY_PLACE_TYPES = [
  "provincial_centre",
  "local_centre",
  "sales_point",
  "showroom",
] as const satisfies readonly PlaceType[]
export type DirectoryPlaceType = (typeof DIRECTORY_PLACE_TYPES)[number]

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

export const STAFF_USER_STATUSES = ["active", "disabled"] as const
export type StaffUserStatus = (typeof STAFF_USER_STATUSES)[number]

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

export const STOCK_TRANSFER_STATUSES = ["in_transit", "received"] as const
export type StockTransferStatus = (typeof STOCK_TRANSFER_STATUSES)[number]

/** How a counter customer pays, or is paid back: cash in the drawer or a bank transfer. */
export const COUNTER_PAYMENT_METHODS = ["cash", "bank_transfer"] as const
export type CounterPaymentMethod = (typeof COUNTER_PAYMENT_METHODS)[number]

/** A fair's status is derived from its dates, never stored. */
export const FAIR_STATUSES = ["live", "upcoming", "ended"] as const
export type FairStatus = (typeof FAIR_STATUSES)[number]

export const LOCALES = ["vi", "en"] as const
export type Locale = (typeof LOCALES)[number]

/** How an online order reaches its shopper: collected at a centre, or sent from a place. */
export const ORDER_ASSIGNMENT_KINDS = ["pickup", "delivery"] as const
export type OrderAssignmentKind = (typeof ORDER_ASSIGNMENT_KINDS)[number]

/**
 * Where a place's part of an online order stands: new → preparing → ready_for_pickup →
 * handed_over (pickup) or new → preparing → shipped → delivered (delivery); cancelled before it
 * leaves the place. The moves allowed are in the plugin's `lib/order-assignment-rules.ts`.
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
