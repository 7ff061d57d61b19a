// A shop address holding a control character — a search with a null byte, a product or fair
// address with one — is a 400 page that says what is wrong, never a 502 (issue #15, finding 9:
// the storefront's search showed "the service is not answering" for `?q=%00`).
import { describe, expect, it } from "vitest"
import { storefrontUrl } from "../../support/env"

async function page(path: string) {
  const res = await fetch(new URL(path, storefrontUrl()), { redirect: "manual" })
  return { status: res.status, html: await res.text() }
}

describe("bad input on a shop page is a 400 page, never a server error", () => {
  it("answers a search holding a null byte with a 400 page that explains, in Vietnamese and English", async () => {
    const vi = await page("/products?q=c%C3%A0%20ph%C3%AA%00")
    expect(vi.status).toBe(400)
    expect(vi.html).toContain("Địa chỉ này có ký tự không đọc được")
    const en = await page("/en/products?q=%00")
    expect(en.status).toBe(400)
    expect(en.html).toContain("This address has characters we cannot read")
  })

  it("answers a right-to-left override in a search, a product or a fair address without a 5xx", async () => {
    for (const path of [
      "/products?q=%E2%80%AEcoffee",
      "/products?province=%00",
      "/products/%00",
      "/producers/%00",
      "/fairs/%00",
    ]) {
      const { status } = await page(path)
      expect(status, path).toBeGreaterThanOrEqual(400)
      expect(status, path).toBeLessThan(500)
    }
  })
})
