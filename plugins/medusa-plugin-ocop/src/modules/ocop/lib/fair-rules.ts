import type { FairStatus } from "@ocop/shared"

type Moment = Date | string
export type FairDates = { starts_at: Moment; ends_at: Moment }

/** Upcoming before it opens, live while it runs, ended after it closes. */
export function fairStatus(fair: FairDates, now = new Date()): FairStatus {
  if (now.getTime() < new Date(fair.starts_at).getTime()) return "upcoming"
  if (now.getTime() < new Date(fair.ends_at).getTime()) return "live"
  return "ended"
}

/**
 * Why a fair rule refused: `code` is what a screen translates; `notFound` marks an id the actor
 * may not use, answered as if it did not exist.
 */
export class FairRuleError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly notFound = false,
  ) {
    super(message)
  }
}

/** A fair ends after it starts. */
export function checkFairDates(dates: FairDates): void {
  if (new Date(dates.ends_at).getTime() <= new Date(dates.starts_at).getTime()) {
    throw new FairRuleError("fair_ends_before_start", "A fair ends after it starts.")
  }
}

/**
 * A fair's dates after a change. They never move into the past: an ended fair keeps its dates
 * (re-opening it, or ending it again, is refused), a fair that started keeps its start, and a
 * date that moves lands after now — so no one ends a fair early, opens the door to its
 * after-fair returns, or re-opens one. Sending a date the fair already has is no change.
 */
export function redateFair(
  fair: FairDates,
  change: Partial<FairDates>,
  now = new Date(),
): { starts_at: Date; ends_at: Date } {
  const before = { starts_at: new Date(fair.starts_at), ends_at: new Date(fair.ends_at) }
  const after = {
    starts_at: change.starts_at ? new Date(change.starts_at) : before.starts_at,
    ends_at: change.ends_at ? new Date(change.ends_at) : before.ends_at,
  }
  const moved = (key: keyof FairDates) => after[key].getTime() !== before[key].getTime()
  if (!moved("starts_at") && !moved("ends_at")) return after
  const status = fairStatus(before, now)
  if (status === "ended") {
    throw new FairRuleError("fair_ended", "This fair has ended: its dates can no longer change.")
  }
  if (moved("starts_at") && status === "live") {
    throw new FairRuleError("fair_started", "This fair has started: its start can no longer move.")
  }
  for (const [key, label] of [
    ["starts_at", "start"],
    ["ends_at", "end"],
  ] as const) {
    if (moved(key) && after[key].getTime() <= now.getTime()) {
      throw new FairRuleError(
        "fair_date_in_past",
        `A fair's ${label} (${key}) cannot move into the past.`,
      )
    }
  }
  checkFairDates(after)
  return after
}

/**
 * A product may enter a fair only while its listing lasts until the fair ends (`listed_until`
 * is the instant its certificate stops counting; null when it has none).
 */
export function listedThroughFair(listedUntil: Moment | null, fair: FairDates): boolean {
  return listedUntil !== null && new Date(listedUntil).getTime() >= new Date(fair.ends_at).getTime()
}

/** What a fair ground's stock is checked against. */
export type FairGround = {
  status: FairStatus
  /** Places an officer linked to the fair. */
  linkedPlaceIds: string[]
  /** Places that sent stock to the fair ground (unsold stock may go back to them). */
  originPlaceIds: string[]
  /** Producers holding a booth at the fair. */
  boothProducerIds: string[]
  /** Products in the fair's catalog. */
  enteredProductIds: string[]
}

/** Where goods onto a fair ground come from: a place, or a producer delivering on consignment. */
export type FairSource = { place_id: string } | { producer_id: string }

/**
 * Goods onto a fair ground: before the fair ends, from a place an officer linked to the fair or
 * from a producer holding a booth there, and only products in the fair's catalog. Another
 * place or producer answers as not found.
 */
export function checkFairArrival(ground: FairGround, source: FairSource, productIds: string[]) {
  if (ground.status === "ended") {
    throw new FairRuleError("fair_ended", "This fair has ended: no more stock goes to it.")
  }
  if ("place_id" in source && !ground.linkedPlaceIds.includes(source.place_id)) {
    throw new FairRuleError("place_not_linked", `Place ${source.place_id} was not found.`, true)
  }
  if ("producer_id" in source && !ground.boothProducerIds.includes(source.producer_id)) {
    throw new FairRuleError(
      "producer_without_booth",
      `Producer ${source.producer_id} was not found at this fair.`,
      true,
    )
  }
  const outside = [...new Set(productIds)].filter((id) => !ground.enteredProductIds.includes(id))
  if (outside.length) {
    throw new FairRuleError(
      "not_in_fair_catalog",
      `Products not in this fair's catalog: ${outside.join(", ")}. Enter them at a booth first.`,
    )
  }
}

/**
 * Goods off a fair ground (other than sold there): after the fair ends, back to a place linked
 * to it or one they came from; any other place answers as not found.
 */
export function checkFairDeparture(ground: FairGround, placeId: string) {
  if (ground.status !== "ended") {
    throw new FairRuleError("fair_not_ended", "Unsold stock goes back after the fair ends.")
  }
  if (![...ground.linkedPlaceIds, ...ground.originPlaceIds].includes(placeId)) {
    throw new FairRuleError("place_not_linked", `Place ${placeId} was not found.`, true)
  }
}
