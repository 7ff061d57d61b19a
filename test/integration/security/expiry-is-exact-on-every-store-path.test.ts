// An expired certificate delists its product at the expiry instant on every store path —
// Medusa's own product and variant lists, collections, categories, carts and the sitemap —
// without waiting for the expiry job (it runs every minute and may be late or stopped).
import { describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct, recordCertificate } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { createCart } from "../../support/checkout"
import { storefrontUrl } from "../../support/env"
import { storeFetch } from "../../support/store-api"

const json = async (path: string) => expectJson(await storeFetch(path), 200)

/** What each store path shows of the product right now. */
async function storePaths(
  product: { id: string; handle: string; variantId: string },
  ids: { collection: string; category: string },
) {
  const [list, variants, collection, category, sitemap] = await Promise.all([
    json(`/store/products?handle=${product.handle}`),
    json(`/store/product-variants?id=${product.variantId}`),
    json(`/store/collections/${ids.collection}?fields=id,*products`),
    json(`/store/product-categories/${ids.category}?fields=id,*products`),
    fetch(new URL("/sitemap.xml", storefrontUrl())).then((res) => res.text()),
  ])
  return {
    list: list.count as number,
    variants: (variants.variants as unknown[]).length,
    collection: (collection.collection.products as unknown[]).length,
    category: (category.product_category.products as unknown[]).length,
    sitemap: sitemap.includes(`/products/${product.handle}<`),
  }
}

/** Waits until the wall clock is away from a minute boundary, when the expiry job runs. */
async function awayFromTheExpiryJob() {
  while (new Date().getSeconds() < 5 || new Date().getSeconds() > 40) {
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

describe("expiry is exact on every store path", () => {
  it("hides a product from lists, variants, collections, categories, carts and the sitemap at its expiry instant", async () => {
    const candidate = await createCandidateProduct()
    const product = {
      id: candidate.product.id,
      handle: candidate.handle,
      variantId: candidate.variantId,
    }
    const { collection } = await expectJson(
      await adminFetch("/admin/collections", post({ title: `Expiry ${candidate.tag}` })),
      200,
    )
    await expectJson(
      await adminFetch(`/admin/collections/${collection.id}/products`, post({ add: [product.id] })),
      200,
    )
    const { product_category: category } = await expectJson(
      await adminFetch(
        "/admin/product-categories",
        post({ name: `Expiry ${candidate.tag}`, is_active: true, is_internal: false }),
      ),
      200,
    )
    await expectJson(
      await adminFetch(
        `/admin/product-categories/${category.id}/products`,
        post({ add: [product.id] }),
      ),
      200,
    )
    const ids = { collection: collection.id, category: category.id }

    await awayFromTheExpiryJob()
    // Issued 36 months before an instant 6 s from now: its standard validity ends then.
    const expiresAt = new Date(Date.now() + 6000)
    const issuedAt = new Date(expiresAt)
    issuedAt.setUTCMonth(issuedAt.getUTCMonth() - 36)
    await recordCertificate(product.id, { issued_at: issuedAt.toISOString() })
    expect(await storePaths(product, ids)).toEqual({
      list: 1,
      variants: 1,
      collection: 1,
      category: 1,
      sitemap: true,
    })

    await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 200))
    expect(await storePaths(product, ids)).toEqual({
      list: 0,
      variants: 0,
      collection: 0,
      category: 0,
      sitemap: false,
    })
    const refused = await createCart([{ variant_id: product.variantId, quantity: 1 }])
    expect(refused.status).toBe(400)
  })
})
