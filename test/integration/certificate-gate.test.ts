// The iron rule: only products holding an active 3–5★ certificate are visible to shoppers.
import { describe, expect, it } from "vitest"
import {
  adminFetch,
  createCandidateProduct,
  recordCertificate,
  shopperSees,
} from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { storeFetch } from "../support/store-api"

const hidden = { ocop: false, list: false, byId: false }
const shown = { ocop: true, list: true, byId: true }

describe("the certificate gate", () => {
  it("keeps a product without a certificate unlisted, and refuses to publish it by hand", async () => {
    const { product, handle } = await createCandidateProduct()
    expect(await shopperSees(handle, product.id)).toEqual(hidden)
    const res = await adminFetch(`/admin/products/${product.id}`, post({ status: "published" }))
    const body = await expectJson(res, 400)
    expect(body.message).toMatch(/active 3–5 star OCOP certificate/)
    const { product: after } = await expectJson(
      await adminFetch(`/admin/products/${product.id}`),
      200,
    )
    expect(after.status).toBe("draft")
  })

  it("refuses to create a product that is published from the start", async () => {
    const handle = `published-at-birth-${Date.now()}`
    const res = await adminFetch(
      "/admin/products",
      post({ title: "Xuất bản ngay", handle, status: "published" }),
    )
    expect(res.status).toBe(400)
    const { products } = await expectJson(await adminFetch(`/admin/products?handle=${handle}`), 200)
    expect(products).toHaveLength(0)
  })

  it("never shows a 1–2★ result to shoppers", async () => {
    const { product, handle } = await createCandidateProduct()
    await recordCertificate(product.id, { stars: 2, score: 45, level: "local" })
    expect(await shopperSees(handle, product.id)).toEqual(hidden)
    const variants = await storeFetch(`/store/product-variants?limit=100&q=${handle}`)
    expect(JSON.stringify(await variants.json())).not.toContain(product.id)
  })

  it("lists a product as soon as a 3★ certificate is recorded, with its OCOP facts", async () => {
    const { product, handle, producer } = await createCandidateProduct()
    const cert = await recordCertificate(product.id, { stars: 3, score: 55 })
    expect(await shopperSees(handle, product.id)).toEqual(shown)
    const { product: page } = await expectJson(
      await storeFetch(`/store/ocop/products/${handle}`),
      200,
    )
    expect(page.stars).toBe(3)
    expect(page.level).toBe("provincial")
    expect(page.certification.certificate_number).toBe(cert.certificate_number)
    expect(page.certification.state).toBe("active")
    // The producer's file in the admin says the same, from the server's own rule.
    const { producer: file } = await expectJson(
      await adminFetch(`/admin/ocop/producers/${producer.id}`),
      200,
    )
    expect(file.listings).toMatchObject([{ product_id: product.id, listed_now: true }])
    expect(page.producer.name).toBe(producer.name)
    const { products } = await expectJson(
      await storeFetch(`/store/ocop/products?producer=${producer.handle}`),
      200,
    )
    expect(products.map((p: { id: string }) => p.id)).toEqual([product.id])
  })

  it("takes a deleted product out of the listings: counts, facets and producer pages", async () => {
    const { product, handle, producer } = await createCandidateProduct()
    await recordCertificate(product.id, { stars: 4, score: 72 })
    const byProducer = `/store/ocop/products?producer=${producer.handle}`
    expect((await expectJson(await storeFetch(byProducer), 200)).count).toBe(1)
    const before = await expectJson(await storeFetch("/store/ocop/products?limit=1"), 200)

    const res = await adminFetch(`/admin/products/${product.id}`, { method: "DELETE" })
    expect(res.status).toBe(200)

    expect(await shopperSees(handle, product.id)).toEqual(hidden)
    const mine = await expectJson(await storeFetch(byProducer), 200)
    expect(mine).toMatchObject({ count: 0, products: [] })
    const after = await expectJson(await storeFetch("/store/ocop/products?limit=1"), 200)
    expect(after.count).toBe(before.count - 1)
    const stars = (facets: { value: number; count: number }[]) =>
      facets.reduce((sum, facet) => sum + facet.count, 0)
    expect(stars(after.facets.stars)).toBe(after.count)
  })

  it("delists at once on revocation and relists on re-certification", async () => {
    const { product, handle } = await createCandidateProduct()
    const cert = await recordCertificate(product.id, { stars: 4, score: 75 })
    expect(await shopperSees(handle, product.id)).toEqual(shown)
    await expectJson(
      await adminFetch(
        `/admin/ocop/certifications/${cert.id}/revoke`,
        post({ reason: "Thu hồi thử" }),
      ),
      200,
    )
    expect(await shopperSees(handle, product.id)).toEqual(hidden)
    await recordCertificate(product.id, { stars: 4, score: 80 })
    expect(await shopperSees(handle, product.id)).toEqual(shown)
  })

  it("delists an expired certificate at its instant, and the expiry job unpublishes it", async () => {
    const { product, handle } = await createCandidateProduct()
    // Issued 36 months before an instant 8 s from now: its standard validity ends then.
    const expiresAt = new Date(Date.now() + 8000)
    const issuedAt = new Date(expiresAt)
    issuedAt.setUTCMonth(issuedAt.getUTCMonth() - 36)
    await recordCertificate(product.id, { issued_at: issuedAt.toISOString() })
    expect(await shopperSees(handle, product.id)).toEqual(shown)
    // The officer's file carries the server's verdict; the admin shows it, never recomputes it.
    const file = async () => expectJson(await adminFetch(`/admin/ocop/products/${product.id}`), 200)
    expect(await file()).toMatchObject({ verdict: { listed: true }, listing: { listed_now: true } })
    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 500))
    const ocop = await storeFetch(`/store/ocop/products/${handle}`)
    expect(ocop.status).toBe(404)
    expect((await storeFetch(`/store/products/${product.id}`)).status).toBe(404)
    // From listed_until on, before any job has run: not listed now, and why.
    expect(await file()).toMatchObject({
      verdict: { listed: false, reason: "certificate_expired" },
      listing: { listed_now: false },
    })

    const run = await expectJson(await adminFetch("/admin/ocop/expiry-runs", post({})), 200)
    expect(run.delisted_product_ids).toContain(product.id)
    expect(await shopperSees(handle, product.id)).toEqual(hidden)

    await recordCertificate(product.id, { stars: 3, score: 66 })
    expect(await shopperSees(handle, product.id)).toEqual(shown)
  })
})
