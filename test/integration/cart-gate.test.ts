// A cart only ever holds certified products, even when a certificate lapses mid-checkout.
import { describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct, recordCertificate } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { createCart, readyCart } from "../support/checkout"
import { storeFetch } from "../support/store-api"

describe("the cart gate", () => {
  it("refuses to add an unlisted variant by id, with a clear 400", async () => {
    const { variantId } = await createCandidateProduct()
    const { cart } = await expectJson(await createCart(), 200)
    const res = await storeFetch(
      `/store/carts/${cart.id}/line-items`,
      post({ variant_id: variantId, quantity: 1 }),
    )
    const body = await expectJson(res, 400)
    expect(body.message).toMatch(/no active 3–5 star OCOP certificate/)
  })

  it("refuses to create a cart with an unlisted variant", async () => {
    const { product, variantId } = await createCandidateProduct()
    await recordCertificate(product.id, { stars: 2, score: 40, level: "local" })
    const body = await expectJson(await createCart([{ variant_id: variantId, quantity: 1 }]), 400)
    // Core refuses unpublished variants before the OCOP hook runs; either refusal names it.
    expect(body.message).toMatch(/no active 3–5 star OCOP certificate|not published/)
    expect(body.message).toContain(variantId)
  })

  it("refuses to complete a cart whose certificate was revoked after the item went in", async () => {
    const { product, variantId } = await createCandidateProduct()
    const cert = await recordCertificate(product.id, { stars: 4, score: 72 })
    const cartId = await readyCart(variantId)
    await expectJson(
      await adminFetch(
        `/admin/ocop/certifications/${cert.id}/revoke`,
        post({ reason: "Vi phạm chất lượng" }),
      ),
      200,
    )
    const res = await storeFetch(`/store/carts/${cartId}/complete`, post({}))
    const body = await expectJson(res, 400)
    expect(body.message).toMatch(/no active 3–5 star OCOP certificate/)
    const { orders } = await expectJson(await adminFetch(`/admin/orders?q=${cartId}`), 200)
    expect(orders).toHaveLength(0)
  })

  it("refuses to change the quantity of an item whose certificate lapsed", async () => {
    const { product, variantId } = await createCandidateProduct()
    const cert = await recordCertificate(product.id)
    const { cart } = await expectJson(
      await createCart([{ variant_id: variantId, quantity: 1 }]),
      200,
    )
    await adminFetch(
      `/admin/ocop/certifications/${cert.id}/revoke`,
      post({ reason: "Hết hiệu lực" }),
    )
    const res = await storeFetch(
      `/store/carts/${cart.id}/line-items/${cart.items[0].id}`,
      post({ quantity: 2 }),
    )
    expect(res.status).toBe(400)
  })

  it("completes a cart of certified products with cash on delivery", async () => {
    const { product, variantId } = await createCandidateProduct()
    await recordCertificate(product.id, { stars: 5, score: 93, level: "national" })
    const cartId = await readyCart(variantId)
    const body = await expectJson(
      await storeFetch(`/store/carts/${cartId}/complete`, post({})),
      200,
    )
    expect(body.type).toBe("order")
    expect(body.order.total).toBe(85000 + 30000)
  })
})
