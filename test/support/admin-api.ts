// An admin (programme officer) client and builders for OCOP test fixtures, all over real HTTP.
import { backendUrl } from "./env"
import { expectJson, post } from "./http"
import { storeFetch } from "./store-api"
import { unique } from "./auth-api"

export const OFFICER = { email: "officer@ocop.vn", password: "Ocop@2026" }

let token: Promise<string> | undefined

async function login(): Promise<string> {
  const res = await fetch(new URL("/auth/user/emailpass", backendUrl()), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(OFFICER),
  })
  if (!res.ok) throw new Error(`officer login failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as { token: string }).token
}

/** The programme officer's bearer token (one login per process). */
export const officerToken = () => (token ??= login())

export async function adminFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  headers.set("authorization", `Bearer ${await officerToken()}`)
  // A multipart body (FormData) sets its own content type with the boundary.
  if (init.body !== undefined && !(init.body instanceof FormData)) {
    headers.set("content-type", "application/json")
  }
  return fetch(new URL(path, backendUrl()), { ...init, headers })
}

/** A producer with a product assigned to it, unlisted (draft) until a certificate is recorded. */
export async function createCandidateProduct(
  title = "Sản phẩm thử nghiệm",
  { manageInventory = false }: { manageInventory?: boolean } = {},
) {
  const tag = unique()
  const { producer } = await expectJson(
    await adminFetch(
      "/admin/ocop/producers",
      post({
        handle: `test-producer-${tag}`,
        name: `HTX Thử nghiệm ${tag}`,
        legal_form: "cooperative",
        province: "Đắk Lắk",
        commune: "Buôn Ma Thuột",
        email: `producer-${tag}@example.com`,
      }),
    ),
    201,
  )
  const { sales_channels } = await expectJson(
    await adminFetch(`/admin/sales-channels?name=${encodeURIComponent("OCOP trực tuyến")}`),
    200,
  )
  const { shipping_profiles } = await expectJson(await adminFetch("/admin/shipping-profiles"), 200)
  const handle = `test-product-${tag}`
  const { product } = await expectJson(
    await adminFetch(
      "/admin/products",
      post({
        title: `${title} ${tag}`,
        handle,
        status: "draft",
        shipping_profile_id: shipping_profiles[0].id,
        sales_channels: [{ id: sales_channels[0].id }],
        options: [{ title: "Quy cách", values: ["250 g"] }],
        variants: [
          {
            title: "250 g",
            sku: `SKU-${tag}`.toUpperCase(),
            manage_inventory: manageInventory,
            options: { "Quy cách": "250 g" },
            prices: [{ amount: 85000, currency_code: "vnd" }],
          },
        ],
      }),
    ),
    200,
  )
  await expectJson(
    await adminFetch(
      `/admin/ocop/producers/${producer.id}/products`,
      post({ product_ids: [product.id] }),
    ),
    200,
  )
  return { producer, product, handle, variantId: product.variants[0].id as string, tag }
}

const MONTH_MS = 30.44 * 24 * 3600 * 1000

/** A certificate body for a product: 3★ (score 60) issued a month ago unless overridden. */
export function certificate(productId: string, overrides: Record<string, unknown> = {}) {
  return {
    product_id: productId,
    certificate_number: `TEST-${unique()}`.toUpperCase(),
    decision_number: "123/QĐ-UBND",
    issuing_authority: "UBND tỉnh Đắk Lắk",
    stars: 3,
    score: 60,
    product_group: "food",
    issued_at: new Date(Date.now() - MONTH_MS).toISOString(),
    ...overrides,
  }
}

export async function recordCertificate(
  productId: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await adminFetch(
    "/admin/ocop/certifications",
    post(certificate(productId, overrides)),
  )
  return (await expectJson(res, 201)).certification as { id: string; certificate_number: string }
}

export type Goods = Awaited<ReturnType<typeof createCandidateProduct>>

/** A candidate product with its certificate recorded (on sale from 3★ on). */
export async function certifiedGoods(title: string, result: { stars: number; score: number }) {
  const goods = await createCandidateProduct(title)
  await recordCertificate(goods.product.id, result)
  return goods
}

/** A product on sale, its stock managed: a candidate with a 4★ certificate (score 80) by default. */
export async function listedGoods(
  title: string,
  result: { stars: number; score: number } = { stars: 4, score: 80 },
): Promise<Goods> {
  const goods = await createCandidateProduct(title, { manageInventory: true })
  await recordCertificate(goods.product.id, result)
  return goods
}

/** Is the product visible to shoppers through the OCOP route and the core store routes? */
export async function shopperSees(handle: string, productId: string) {
  const [ocop, core, byId] = await Promise.all([
    storeFetch(`/store/ocop/products/${handle}`),
    storeFetch(`/store/products?handle=${handle}`).then((res) => res.json()),
    storeFetch(`/store/products/${productId}`),
  ])
  return { ocop: ocop.status === 200, list: core.count > 0, byId: byId.status === 200 }
}

export async function regionId(): Promise<string> {
  const { regions } = await expectJson(await storeFetch("/store/regions"), 200)
  return regions.find((region: { currency_code: string }) => region.currency_code === "vnd").id
}

/** Revokes (thu hồi) a certificate as the programme officer. */
export async function revokeCertificate(certificationId: string, reason = "Thu hồi") {
  const res = await adminFetch(
    `/admin/ocop/certifications/${certificationId}/revoke`,
    post({ reason }),
  )
  return expectJson(res, 200)
}

/** Runs the certificate expiry checks now, as the officer (what the scheduled jobs do). */
export async function runExpiry(): Promise<{
  delisted_product_ids: string[]
  notified_certification_ids: string[]
}> {
  return expectJson(await adminFetch("/admin/ocop/expiry-runs", post({})), 200)
}
