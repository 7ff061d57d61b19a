import { describe, expect, test } from "vitest"
import type { Place } from "@ocop/shared"
import {
  isPickupOption,
  offeredChoices,
  toShippingChoices,
  type ShippingOptionInput,
} from "./shipping.ts"

const centre: Place = {
  id: "ocpl_1",
  stock_location_id: "sloc_dak_lak",
  name: "Trung tâm OCOP tỉnh Đắk Lắk",
  type: "provincial_centre",
  venue: null,
  province: "Đắk Lắk",
  commune: "Buôn Ma Thuột",
  address: "Số 10 Lê Duẩn",
  latitude: null,
  longitude: null,
  opening_hours: "07:30–21:00",
  phone: null,
  pickup: true,
}

const delivery: ShippingOptionInput = {
  id: "so_standard",
  name: "Giao hàng tiêu chuẩn",
  amount: 30000,
  type: { code: "standard", description: "2–5 ngày" },
  service_zone: { fulfillment_set: { type: "shipping", location: { id: "sloc_dak_lak" } } },
}

const pickupAt = (id: string, locationId: string, insufficient = false): ShippingOptionInput => ({
  id,
  name: "Nhận tại trung tâm OCOP",
  amount: 0,
  insufficient_inventory: insufficient,
  service_zone: { fulfillment_set: { type: "pickup", location: { id: locationId } } },
})

describe("shipping options", () => {
  test("an option is pickup by its fulfillment set's type or its type code", () => {
    expect(isPickupOption(delivery)).toBe(false)
    expect(isPickupOption(pickupAt("so_p", "sloc_dak_lak"))).toBe(true)
    expect(isPickupOption({ id: "so_c", name: "Pickup", type: { code: "pickup" } })).toBe(true)
  })

  test("pickup options show their OCOP place; delivery comes first", () => {
    const choices = toShippingChoices([pickupAt("so_p", "sloc_dak_lak"), delivery], [centre])
    expect(choices.map((choice) => [choice.id, choice.kind])).toEqual([
      ["so_standard", "delivery"],
      ["so_p", "pickup"],
    ])
    expect(choices[0]?.place).toBeNull()
    expect(choices[1]?.place?.name).toBe("Trung tâm OCOP tỉnh Đắk Lắk")
    expect(choices[0]?.amount).toBe(30000)
  })

  test("pickup is offered only at a place holding everything in the cart", () => {
    const choices = toShippingChoices(
      [delivery, pickupAt("so_full", "sloc_dak_lak"), pickupAt("so_empty", "sloc_other", true)],
      [centre],
    )
    expect(offeredChoices(choices).map((choice) => choice.id)).toEqual(["so_standard", "so_full"])
  })
})
