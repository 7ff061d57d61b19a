import { expect, test } from "vitest"
import { availablePaymentMethods, providerFor } from "./payment.ts"

test("cash on delivery and bank transfer both use Medusa's system provider", () => {
  expect(providerFor("cod")).toBe("pp_system_default")
  expect(providerFor("bank_transfer")).toBe("pp_system_default")
  expect(providerFor("card")).toBe("pp_stripe_stripe")
})

test("cards are offered only when the region has Stripe and the storefront has its key", () => {
  const both = ["pp_system_default", "pp_stripe_stripe"]
  expect(availablePaymentMethods(both, "pk_test_123")).toEqual(["cod", "bank_transfer", "card"])
  expect(availablePaymentMethods(both, undefined)).toEqual(["cod", "bank_transfer"])
  expect(availablePaymentMethods(["pp_system_default"], "pk_test_123")).toEqual([
    "cod",
    "bank_transfer",
  ])
  expect(availablePaymentMethods([], "pk_test_123")).toEqual([])
})
