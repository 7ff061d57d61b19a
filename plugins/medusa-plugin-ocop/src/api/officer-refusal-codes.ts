/**
 * The machine codes an officer's refusal carries next to its English `message` (Medusa's error
 * body `{ type, code, message }`), so the admin extension translates the code (decision 0016
 * for the portals; the admin's table is in docs/architecture.md, "Refusal codes").
 * Certificate validity problems carry the rule's own codes (`ValidityProblem` in
 * `modules/ocop/lib/certification-rules.ts`); fair, invitation and transfer refusals theirs.
 * Medusa's error handler replaces the code of a `duplicate_error` (422) and a `conflict` (409)
 * with its own, so those refusals are known by their type and route, not by these codes.
 * No imports: the admin may read this file as it is.
 */
export const OFFICER_REFUSAL_CODES = [
  /** A product id that names no product. */
  "product_not_found",
  /** A certificate recorded for a product that has no producer yet. */
  "product_unassigned",
  /** The stars given are not the stars the score earns. */
  "stars_not_score",
  /** The level given cannot certify that many stars. */
  "level_not_stars",
  /** A certification id that names no certification. */
  "certification_not_found",
  /** Revoking a certification that is already revoked. */
  "certification_revoked",
  /** A place id that names no place. */
  "place_not_found",
  /** Unlinking a place that is not linked to this fair. */
  "place_not_linked",
  /** A producer id that names no producer. */
  "producer_not_found",
  /** Approving a producer user without the producer it manages. */
  "producer_required",
  /** Resending an invitation the account has already claimed. */
  "account_claimed",
  /** A stock location named twice in one batch. */
  "stock_location_twice",
  /** A stock location id that names no stock location. */
  "stock_location_not_found",
  /** An order id that names no order. */
  "order_not_found",
] as const

export type OfficerRefusalCode = (typeof OFFICER_REFUSAL_CODES)[number]
