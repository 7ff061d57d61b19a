import { describe, expect, it } from "vitest"
import { accountOf, delayAfter, MAX_DELAY_SECONDS, retryAfterSeconds } from "../rules"

describe("login throttle rules", () => {
  it("lets five attempts in a row pass, then doubles the wait from one second", () => {
    expect([1, 2, 3, 4].map(delayAfter)).toEqual([0, 0, 0, 0])
    expect([5, 6, 7, 8, 9].map(delayAfter)).toEqual([1, 2, 4, 8, 16])
  })

  it("never makes anyone wait more than 15 minutes", () => {
    expect(delayAfter(15)).toBe(MAX_DELAY_SECONDS)
    expect(delayAfter(1000)).toBe(MAX_DELAY_SECONDS)
  })

  it("keys an account by its email as the login compares it", () => {
    expect(accountOf("  Officer@OCOP.vn ")).toBe("officer@ocop.vn")
    expect(accountOf("")).toBeNull()
    expect(accountOf(["a@b.c"])).toBeNull()
  })

  it("announces at least one second while a wait lasts", () => {
    expect(retryAfterSeconds(1)).toBe(1)
    expect(retryAfterSeconds(1500)).toBe(2)
  })
})
