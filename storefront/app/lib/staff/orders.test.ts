import { describe, expect, it } from "vitest"
import { moveBody, statusFilter } from "./orders.ts"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("a step of the order queue as its form sends it", () => {
  it("carries only the fields that step takes", () => {
    expect(moveBody(form({ status: "preparing", carrier: "x" }))).toEqual({ status: "preparing" })
    expect(
      moveBody(form({ status: "shipped", carrier: "VNPost", tracking_number: "VN1", reason: "x" })),
    ).toEqual({ status: "shipped", carrier: "VNPost", tracking_number: "VN1" })
    expect(moveBody(form({ status: "handed_over", pickup_code: "abcd2345" }))).toEqual({
      status: "handed_over",
      pickup_code: "abcd2345",
    })
    expect(moveBody(form({ status: "cancelled" }))).toEqual({ status: "cancelled", reason: "" })
  })

  it("is no step at all for a status the queue does not know", () => {
    expect(moveBody(form({ status: "teleported" }))).toBeUndefined()
    expect(moveBody(form({}))).toBeUndefined()
  })
})

describe("the queue's status filter", () => {
  it("keeps known statuses only", () => {
    expect(statusFilter(new URL("http://x/?status=ready_for_pickup"))).toBe("ready_for_pickup")
    expect(statusFilter(new URL("http://x/?status=nonsense"))).toBeUndefined()
  })
})
