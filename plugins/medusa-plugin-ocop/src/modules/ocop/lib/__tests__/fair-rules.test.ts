import { describe, expect, it } from "vitest"
import { fairStatus } from "../fair-rules"

const fair = { starts_at: "2026-11-20T00:00:00Z", ends_at: "2026-11-25T00:00:00Z" }

describe("a fair's status follows its dates", () => {
  it("is upcoming before it opens, live while it runs and ended after", () => {
    expect(fairStatus(fair, new Date("2026-11-19T23:59:59Z"))).toBe("upcoming")
    expect(fairStatus(fair, new Date("2026-11-20T00:00:00Z"))).toBe("live")
    expect(fairStatus(fair, new Date("2026-11-24T23:59:59Z"))).toBe("live")
    expect(fairStatus(fair, new Date("2026-11-25T00:00:00Z"))).toBe("ended")
  })
})
