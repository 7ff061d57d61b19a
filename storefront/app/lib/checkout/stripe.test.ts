import { describe, expect, test } from "vitest"
import {
  chargesCartTotal,
  elementsOptions,
  stripeClientSecret,
  stripeCurrency,
  stripeReturnUrl,
  toStripeAmount,
} from "./stripe.ts"

describe("toStripeAmount", () => {
  test("VND is zero-decimal: whole đồng go to Stripe unchanged, not multiplied by 100", () => {
    expect(stripeCurrency).toBe("vnd")
    expect(toStripeAmount(125000)).toBe(125000)
    expect(toStripeAmount(30000)).toBe(30000)
    expect(toStripeAmount(0)).toBe(0)
  })

  test("refuses a fraction of a đồng, which Stripe would truncate and mis-charge", () => {
    expect(() => toStripeAmount(99999.5)).toThrow(RangeError)
    expect(() => toStripeAmount(0.01)).toThrow(RangeError)
  })

  test("refuses negative, infinite and unsafe amounts", () => {
    expect(() => toStripeAmount(-1000)).toThrow(RangeError)
    expect(() => toStripeAmount(Number.NaN)).toThrow(RangeError)
    expect(() => toStripeAmount(Number.POSITIVE_INFINITY)).toThrow(RangeError)
    expect(() => toStripeAmount(2 ** 53)).toThrow(RangeError)
  })
})

describe("the Stripe session of a payment collection", () => {
  const stripe = {
    provider_id: "pp_stripe_stripe",
    amount: 155000,
    data: { client_secret: "pi_3Q_secret_abc" },
  }
  const system = { provider_id: "pp_system_default", amount: 155000, data: {} }

  test("gives the client secret of the Stripe session only", () => {
    expect(stripeClientSecret([system, stripe])).toBe("pi_3Q_secret_abc")
    expect(stripeClientSecret([system])).toBeNull()
    expect(stripeClientSecret(undefined)).toBeNull()
    expect(stripeClientSecret([{ ...stripe, data: { client_secret: 42 } }])).toBeNull()
    expect(stripeClientSecret([{ ...stripe, data: null }])).toBeNull()
  })

  test("charges the cart's total only when both are the same whole number of đồng", () => {
    expect(chargesCartTotal([stripe], 155000)).toBe(true)
    expect(chargesCartTotal([stripe], 185000)).toBe(false)
    expect(chargesCartTotal([{ ...stripe, amount: 155000.5 }], 155000.5)).toBe(false)
    expect(chargesCartTotal([system], 155000)).toBe(false)
    expect(chargesCartTotal([{ ...stripe, amount: null }], 155000)).toBe(false)
  })
})

test("the Payment Element speaks the page's language and uses the shop's colour", () => {
  expect(elementsOptions("pi_3Q_secret_abc", "vi")).toMatchObject({
    clientSecret: "pi_3Q_secret_abc",
    locale: "vi",
    appearance: { variables: { colorPrimary: "#1d5b3a" } },
  })
})

test("Stripe returns the shopper to the storefront's completion route", () => {
  expect(stripeReturnUrl("https://ocop.vn", "/en/checkout/complete")).toBe(
    "https://ocop.vn/en/checkout/complete",
  )
})
