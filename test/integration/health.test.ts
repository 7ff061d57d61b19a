// Smoke test: the backend is up and the seeded store answers in Vietnamese dong.
import { describe, expect, it } from "vitest"
import { backendFetch, storeFetch } from "../support/store-api"

describe("backend", () => {
  it("answers /health", async () => {
    const response = await backendFetch("/health")
    expect(response.status).toBe(200)
  })

  it("lists a region in VND for the publishable key", async () => {
    const response = await storeFetch("/store/regions")
    expect(response.status).toBe(200)
    const body = (await response.json()) as { regions: { currency_code: string }[] }
    expect(body.regions.map((region) => region.currency_code)).toContain("vnd")
  })
})
