import { describe, expect, test } from "vitest"
import {
  deliveryFormSchema,
  joinFullName,
  normalizePhone,
  PaymentFormSchema,
  splitFullName,
} from "./schema.ts"
import { fieldErrors } from "../core/form.ts"

const pickup = new Set(["so_pickup_dak_lak"])
const parse = (form: Record<string, string>) => deliveryFormSchema(pickup).safeParse(form)

const delivery = {
  email: " Lan.Nguyen@Example.vn ",
  full_name: "Nguyễn Thị Lan",
  phone: "0905 123 456",
  shipping_option_id: "so_standard",
  province: "Đắk Lắk",
  commune: "Ea Kar",
  address_1: "12 Lê Lợi",
}

describe("the delivery step", () => {
  test("a delivered order needs the contact and the province → commune address", () => {
    const result = parse(delivery)
    expect(result.success).toBe(true)
    expect(result.data).toMatchObject({
      email: "lan.nguyen@example.vn",
      phone: "0905123456",
      province: "Đắk Lắk",
      commune: "Ea Kar",
    })
  })

  test("names each missing or wrong field with a translatable message", () => {
    const result = parse({ ...delivery, email: "lan@", phone: "12345", commune: "", address_1: "" })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!)).toEqual({
      email: "form.errors.email",
      phone: "form.errors.phone",
      commune: "form.errors.required",
      address_1: "form.errors.required",
    })
  })

  test("the province must be one of the 34 provinces since 2025, not a merged-away one", () => {
    const result = parse({ ...delivery, province: "Quảng Nam" })
    expect(fieldErrors(result.error!)).toEqual({ province: "form.errors.province" })
  })

  test("picking up at an OCOP centre needs no address", () => {
    const result = parse({
      email: "lan@example.vn",
      full_name: "Lan",
      phone: "+84 905 123 456",
      shipping_option_id: "so_pickup_dak_lak",
    })
    expect(result.success).toBe(true)
    expect(result.data?.phone).toBe("0905123456")
  })

  test("a shipping option must be chosen", () => {
    const result = parse({ ...delivery, shipping_option_id: "" })
    expect(fieldErrors(result.error!)).toEqual({ shipping_option_id: "form.errors.choose" })
  })
})

test("Vietnamese phone numbers: 10-digit mobiles and 11-digit landlines, from 0 or +84", () => {
  expect(normalizePhone("024 3826 4242")).toBe("02438264242")
  expect(normalizePhone("+84905123456")).toBe("0905123456")
  expect(normalizePhone("090-512-3456")).toBe("0905123456")
  expect(normalizePhone("905123456")).toBeNull()
  expect(normalizePhone("0905 123 4567")).toBeNull()
})

test("the payment step accepts only the offered methods", () => {
  expect(PaymentFormSchema.safeParse({ payment_method: "cod" }).success).toBe(true)
  expect(PaymentFormSchema.safeParse({ payment_method: "bank_transfer" }).success).toBe(true)
  const refused = PaymentFormSchema.safeParse({ payment_method: "bitcoin" })
  expect(fieldErrors(refused.error!)).toEqual({ payment_method: "form.errors.choose" })
})

test("a Vietnamese full name keeps the given name last", () => {
  expect(splitFullName("Nguyễn Thị Lan")).toEqual({ first_name: "Lan", last_name: "Nguyễn Thị" })
  expect(splitFullName("Lan")).toEqual({ first_name: "Lan", last_name: "" })
  expect(joinFullName({ first_name: "Lan", last_name: "Nguyễn Thị" })).toBe("Nguyễn Thị Lan")
  expect(joinFullName({ first_name: "Lan", last_name: null })).toBe("Lan")
})
