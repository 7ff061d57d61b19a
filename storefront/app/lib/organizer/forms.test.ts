import { expect, test } from "vitest"
import { FairCreateForm, MoveForm, organizerFieldErrors, vietnamInputValue } from "./forms.ts"

const fair = {
  name: "Hội chợ OCOP Đắk Lắk 2027",
  name_en: "",
  slug: "hoi-cho-ocop-2027",
  venue: "Quảng trường 10/3",
  province: "Đắk Lắk",
  commune: "Buôn Ma Thuột",
  address: "Quảng trường 10/3",
  starts_at: "2027-01-10T08:00",
  ends_at: "2027-01-14T21:00",
}

test("a fair's dates are typed in Vietnam time and sent as instants", () => {
  const parsed = FairCreateForm.parse(fair)
  expect(parsed.starts_at).toBe("2027-01-10T01:00:00.000Z")
  expect(parsed.name_en).toBeUndefined()
  expect(vietnamInputValue(parsed.ends_at)).toBe("2027-01-14T21:00")
})

test("a fair's address and dates are checked before anything is sent", () => {
  const parsed = FairCreateForm.safeParse({ ...fair, slug: "Hội chợ", starts_at: "" })
  expect(parsed.success).toBe(false)
  if (parsed.success) return
  expect(organizerFieldErrors(parsed.error)).toEqual({
    slug: "errors.slug",
    starts_at: "errors.date",
  })
})

test("stock moves in whole units, from 1 to 100 000", () => {
  const move = { place_id: "ocpl_1", direction: "to_fair", variant_id: "variant_1" }
  expect(MoveForm.parse({ ...move, quantity: "12" }).quantity).toBe(12)
  for (const quantity of ["0", "1.5", "-3", "100001", "mười"]) {
    const parsed = MoveForm.safeParse({ ...move, quantity })
    expect(parsed.success ? null : organizerFieldErrors(parsed.error)).toEqual({
      quantity: "errors.units",
    })
  }
})
