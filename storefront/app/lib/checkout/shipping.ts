import type { Place } from "@ocop/shared"

/** A shipping option of a cart as Medusa lists it (GET /store/shipping-options?cart_id=). */
export type ShippingOptionInput = {
  id: string
  name: string
  amount?: number | null
  insufficient_inventory?: boolean
  type?: { code?: string | null; label?: string | null; description?: string | null } | null
  service_zone?: {
    fulfillment_set?: { type?: string | null; location?: { id?: string | null } | null } | null
  } | null
}

/** What the checkout offers: delivery to an address, or pickup at a place with the stock. */
export type ShippingChoice = {
  id: string
  kind: "delivery" | "pickup"
  name: string
  description: string | null
  /** Whole đồng; null when Medusa could not price it. */
  amount: number | null
  /** The OCOP place of a pickup option, when the stock location is one. */
  place: Place | null
  /** The place lacks stock for something in the cart. */
  insufficient_inventory: boolean
}

/** A pickup option: its fulfillment set is of type "pickup", or its type's code says so. */
export function isPickupOption(option: ShippingOptionInput): boolean {
  return option.service_zone?.fulfillment_set?.type === "pickup" || option.type?.code === "pickup"
}

export function toShippingChoices(
  options: readonly ShippingOptionInput[],
  places: readonly Place[],
): ShippingChoice[] {
  const byLocation = new Map(places.map((place) => [place.stock_location_id, place]))
  const choices = options.map((option): ShippingChoice => {
    const pickup = isPickupOption(option)
    const locationId = option.service_zone?.fulfillment_set?.location?.id
    return {
      id: option.id,
      kind: pickup ? "pickup" : "delivery",
      name: option.name,
      description: option.type?.description ?? null,
      amount: typeof option.amount === "number" ? option.amount : null,
      place: pickup && locationId ? (byLocation.get(locationId) ?? null) : null,
      insufficient_inventory: option.insufficient_inventory === true,
    }
  })
  return choices.sort(
    (a, b) =>
      Number(a.kind === "pickup") - Number(b.kind === "pickup") ||
      (a.place?.province ?? "").localeCompare(b.place?.province ?? "", "vi") ||
      a.name.localeCompare(b.name, "vi"),
  )
}

/** Pickup is offered only where the place holds everything in the cart now. */
export function offeredChoices(choices: readonly ShippingChoice[]): ShippingChoice[] {
  return choices.filter((choice) => choice.kind === "delivery" || !choice.insufficient_inventory)
}
