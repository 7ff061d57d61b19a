import type { PlaceType, ProducerUserStatus, SalesPointVenue } from "@ocop/shared"
import type { OcopT } from "../hooks/use-ocop-translation"

/** Places and accounts are translated under `placeType.*`, `venue.*`, `producerUserStatus.*`… */

/** "Sales point — tourist site": the type, and where it stands when it has a venue. */
export function placeKindLabel(t: OcopT, type: PlaceType, venue: SalesPointVenue | null): string {
  const kind = t(`placeTypeShort.${type}`)
  return venue ? `${kind} — ${t(`venueShort.${venue}`)}` : kind
}

export const PRODUCER_USER_STATUS_COLORS: Record<ProducerUserStatus, "orange" | "green" | "grey"> =
  {
    pending: "orange",
    approved: "green",
    disabled: "grey",
  }

/**
 * The full name in Vietnamese order, family name first ("Nguyễn Thị" + "Lan" → "Nguyễn Thị
 * Lan"), as the storefront writes it; empty when the account has no name yet.
 */
export function personName(person: {
  first_name: string | null
  last_name: string | null
}): string {
  return [person.last_name, person.first_name].filter(Boolean).join(" ")
}
