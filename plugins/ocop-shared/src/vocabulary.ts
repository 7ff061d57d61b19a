/**
 * The OCOP programme's vocabulary: every enum the database, the APIs, the storefront, the seed
 * and the tests share, as const arrays (the values validators and selects need at runtime) and
 * their types. The words are the glossary's (docs/architecture.md#glossary).
 */

/** A space-separated list of words as a tuple of their literal types. */
type Words<S extends string> = S extends `${infer Head} ${infer Rest}`
  ? [Head, ...Words<Rest>]
  : [S]

/**
 * One enum: its values from one space-separated list (`words("a b")` is `["a", "b"] as const`),
 * so each is spelled once; its type is `OneOf<typeof VALUES>`.
 */
export function words<const S extends string>(list: S): Readonly<Words<S>> {
  return list.split(" ") as Words<S>
}

/** The type of one value of an enum. */
export type OneOf<Values extends readonly unknown[]> = Values[number]

/** Legal forms of an OCOP producer (chủ thể OCOP). */
export const LEGAL_FORMS = words("cooperative cooperative_group enterprise household_business")
export type LegalForm = OneOf<typeof LEGAL_FORMS>

/** The six product groups of Decision 148/QĐ-TTg (2023). */
export const PRODUCT_GROUPS = words("food drink herbal handicraft ornamental tourism")
export type ProductGroup = OneOf<typeof PRODUCT_GROUPS>

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
export const CERTIFICATION_LEVELS = words("local provincial national")
export type CertificationLevel = OneOf<typeof CERTIFICATION_LEVELS>
/** The levels of a certification that lists a product (3 stars and more). */
export type ListableLevel = Exclude<CertificationLevel, "local">

/** The lowest star rating that lists a product for sale. */
export const MIN_LISTABLE_STARS = 3
/** The star ratings a listed product can have. */
export const LISTABLE_STARS = [3, 4, 5] as const
export type Stars = OneOf<typeof LISTABLE_STARS>

/** What is stored on a certification: revoked by an officer, or not. */
export const CERTIFICATION_STATUSES = words("active revoked")
export type CertificationStatus = OneOf<typeof CERTIFICATION_STATUSES>

/** What a shopper or a QR scan sees: "expired" is derived from the dates, never stored. */
export const CERTIFICATION_STATES = words("active expired revoked")
export type CertificationState = OneOf<typeof CERTIFICATION_STATES>

/** Why a product is not listed now, for the people who can fix it (officers, producers). */
export const UNLISTED_REASONS = words(
  "no_producer no_certificate certificate_revoked below_listable_stars certificate_expired not_refreshed",
)
export type UnlistedReason = OneOf<typeof UNLISTED_REASONS>

/** How the catalogue can be sorted; omitted, by relevance when searching, newest otherwise. */
export const PRODUCT_ORDERS = words("price_asc price_desc stars newest")
export type ProductOrder = OneOf<typeof PRODUCT_ORDERS>

/** Kinds of place in a province's showroom network, where stock lives. */
export const PLACE_TYPES = words("provincial_centre local_centre sales_point showroom fair_ground")
export type PlaceType = OneOf<typeof PLACE_TYPES>

/** The places a shopper can look up in the directory; fair grounds are listed by fair. */
export const DIRECTORY_PLACE_TYPES = words(
  "provincial_centre local_centre sales_point showroom",
) satisfies readonly PlaceType[]
export type DirectoryPlaceType = OneOf<typeof DIRECTORY_PLACE_TYPES>

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
export type SalesPointVenue = OneOf<typeof SALES_POINT_VENUES>

/** pending: registered, waiting for an officer; approved: manages its producer's listings. */
export const PRODUCER_USER_STATUSES = words("pending approved disabled")
export type ProducerUserStatus = OneOf<typeof PRODUCER_USER_STATUSES>

export const STAFF_USER_STATUSES = words("active disabled")
export type StaffUserStatus = OneOf<typeof STAFF_USER_STATUSES>

/** Why a place's shelf stock changed; every change leaves a stock movement. */
export const STOCK_MOVEMENT_KINDS = words(
  "receipt stocktake counter_sale transfer_out transfer_in counter_return online_order",
)
export type StockMovementKind = OneOf<typeof STOCK_MOVEMENT_KINDS>

/**
 * Who changed stock: a centre's staff member, a fair organiser, a programme officer (Medusa's
 * `user` actor) or the system (seed, jobs). Every movement and transfer names one.
 */
export const STOCK_ACTOR_TYPES = words("staff organizer user system")
export type StockActorType = OneOf<typeof STOCK_ACTOR_TYPES>

export const STOCK_TRANSFER_STATUSES = words("in_transit received")
export type StockTransferStatus = OneOf<typeof STOCK_TRANSFER_STATUSES>

/** How a counter customer pays, or is paid back: cash in the drawer or a bank transfer. */
export const COUNTER_PAYMENT_METHODS = words("cash bank_transfer")
export type CounterPaymentMethod = OneOf<typeof COUNTER_PAYMENT_METHODS>

/** A fair's status is derived from its dates, never stored. */
export const FAIR_STATUSES = words("live upcoming ended")
export type FairStatus = OneOf<typeof FAIR_STATUSES>

export const LOCALES = words("vi en")
export type Locale = OneOf<typeof LOCALES>

/** How an online order reaches its shopper: collected at a centre, or sent from a place. */
export const ORDER_ASSIGNMENT_KINDS = words("pickup delivery")
export type OrderAssignmentKind = OneOf<typeof ORDER_ASSIGNMENT_KINDS>

/**
 * Where a place's part of an online order stands: new → preparing → ready_for_pickup →
 * handed_over (pickup) or new → preparing → shipped → delivered (delivery); cancelled before it
 * leaves the place. The moves allowed are in the plugin's `lib/order-assignment-rules.ts`.
 */
export const ORDER_ASSIGNMENT_STATUSES = words(
  "new preparing ready_for_pickup shipped handed_over delivered cancelled",
)
export type OrderAssignmentStatus = OneOf<typeof ORDER_ASSIGNMENT_STATUSES>

/**
 * The one allow-list of a product story's HTML: the backend keeps only these tags when it
 * sanitises a story (`lib/sanitize-story.ts`), and the producer portal's live preview renders
 * only these (`lib/producer/story-html.ts`). Links may be http(s) or mailto, images http(s).
 */
export const STORY_TAGS = words(
  "p br strong em b i u h2 h3 ul ol li blockquote a img figure figcaption",
)
export type StoryTag = OneOf<typeof STORY_TAGS>
export const STORY_LINK_SCHEMES = words("http https mailto")
export const STORY_IMAGE_SCHEMES = words("http https")
