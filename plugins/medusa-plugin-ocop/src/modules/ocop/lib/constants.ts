/**
 * The plugin's own constants. The programme's vocabulary (legal forms, product groups, levels,
 * place types, statuses…) is shared with the storefront, seed and tests in `@ocop/shared`.
 */
import type { StockActorType } from "@ocop/shared"

export const OCOP_MODULE = "ocop"

/** The Medusa auth actor type of producer users: tokens carry `app_metadata.producer_id`. */
export const PRODUCER_ACTOR = "producer"

/** The Medusa auth actor type of centre and sales-point staff. */
export const STAFF_ACTOR = "staff"

/** The Medusa auth actor type of fair organisers. */
export const ORGANIZER_ACTOR = "organizer"

/** Who changed stock (see `STOCK_ACTOR_TYPES`); the system (seed, jobs) has no id. */
export type StockActor = { type: StockActorType; id: string | null }
export const SYSTEM_ACTOR: StockActor = { type: "system", id: null }
/** A payment row's audit columns: who recorded it. */
export const recordedBy = (actor: StockActor) => ({
  recorded_by_type: actor.type,
  recorded_by: actor.id,
})

/** The most cash a counter's drawer is expected to hold, in đồng (one billion). */
export const MAX_DRAWER_CASH = 1_000_000_000

export const DEFAULT_LOW_STOCK_THRESHOLD = 5

/** The accounts officers open for a person, who claims one with the invitation mailed to them. */
export const INVITED_ACTORS = [PRODUCER_ACTOR, STAFF_ACTOR, ORGANIZER_ACTOR] as const
export type InvitedActor = (typeof INVITED_ACTORS)[number]

/** How long an invitation's token claims its account. */
export const INVITATION_VALIDITY_DAYS = 7

export const VALIDITY_MONTHS = 36
export const EXPIRY_NOTICE_DAYS = 30

export const OcopEvents = {
  CERTIFICATION_RECORDED: "ocop.certification.recorded",
  CERTIFICATION_REVOKED: "ocop.certification.revoked",
  CERTIFICATION_EXPIRING: "ocop.certification.expiring",
  LISTING_CHANGED: "ocop.listing.changed",
  /** A place's shelf stock moved (sale, return, receipt, transfer, stocktake). */
  STOCK_CHANGED: "ocop.stock.changed",
} as const
