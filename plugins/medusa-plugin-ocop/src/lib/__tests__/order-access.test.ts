import { describe, expect, it } from "vitest"
import { isOrderAccessToken, orderAccessToken, sameEmail } from "../order-access"

const secret = "a-long-random-server-secret"

describe("order access tokens", () => {
  it("are 43 URL-safe characters, the same for an order every time", () => {
    const token = orderAccessToken(secret, "order_01ABC")
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(orderAccessToken(secret, "order_01ABC")).toBe(token)
  })

  it("differ between orders and between secrets, and never contain the order id", () => {
    const token = orderAccessToken(secret, "order_01ABC")
    expect(orderAccessToken(secret, "order_01ABD")).not.toBe(token)
    expect(orderAccessToken("another-secret", "order_01ABC")).not.toBe(token)
    expect(token).not.toContain("order_01ABC")
  })

  it("open only their own order", () => {
    const token = orderAccessToken(secret, "order_1")
    expect(isOrderAccessToken(secret, "order_1", token)).toBe(true)
    expect(isOrderAccessToken(secret, "order_2", token)).toBe(false)
    expect(isOrderAccessToken("rotated", "order_1", token)).toBe(false)
  })

  it("refuse anything that is not exactly the token", () => {
    const token = orderAccessToken(secret, "order_1")
    for (const wrong of [
      undefined,
      null,
      "",
      token.slice(1),
      `${token}x`,
      token.toUpperCase(),
      42,
    ]) {
      expect(isOrderAccessToken(secret, "order_1", wrong)).toBe(false)
    }
  })

  it("cannot be made without a secret", () => {
    expect(() => orderAccessToken("", "order_1")).toThrow(/secret/)
  })
})

describe("same email", () => {
  it("ignores case and surrounding spaces, and never matches an empty email", () => {
    expect(sameEmail("Lan@Example.com", " lan@example.com ")).toBe(true)
    expect(sameEmail("lan@example.com", "lan@example.org")).toBe(false)
    expect(sameEmail("", "")).toBe(false)
    expect(sameEmail(null, undefined)).toBe(false)
  })
})
