// Text nobody types — a null byte, other control characters, invisible text-direction
// characters — is refused with a 400 that names the field, on every route (Medusa's own
// included) and before anything is written (issue #15, finding 9). The rule:
// plugins/medusa-plugin-ocop/src/lib/text-safety.ts.
import { beforeAll, describe, expect, it } from "vitest"
import {
  adminFetch,
  createCandidateProduct,
  recordCertificate,
  regionId,
} from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { count, sql } from "../../support/db"
import { backendUrl } from "../../support/env"
import { producerFetch, registerProducerUser } from "../../support/producer-api"
import { createPlace, staffFetch, staffOf } from "../../support/staff-api"
import { storeFetch } from "../../support/store-api"
import { unique } from "../../support/auth-api"

let mine: Awaited<ReturnType<typeof createCandidateProduct>>
let producerToken: string

beforeAll(async () => {
  mine = await createCandidateProduct("Mật ong rừng", { manageInventory: true })
  await recordCertificate(mine.product.id, { stars: 4, score: 78 })
  producerToken = (await registerProducerUser(`producer-${unique()}@example.com`, mine.producer.id))
    .token
})
/** The product's texts as stored. */
async function storedProduct() {
  const rows = await sql(
    `select p.title, p.description, (select v.title from product_variant v
       where v.product_id = p.id and v.deleted_at is null limit 1) as variant_title
     from product p where p.id = $1`,
    [mine.product.id],
  )
  return rows[0] as { title: string; description: string | null; variant_title: string }
}

async function refused(res: Response, field: string, reason: RegExp) {
  const body = await expectJson(res, 400)
  expect(body).toMatchObject({ type: "invalid_data", code: "unsafe_text", field })
  expect(body.message).toMatch(reason)
  expect(body.message).toContain(`'${field}'`)
}

describe("text has no control or text-direction characters", () => {
  it("refuses a null byte in a store query with a 400, on Medusa's routes and the OCOP routes", async () => {
    for (const [path, field] of [
      ["/store/products?q=%00", "q"],
      ["/store/product-variants?q=caf%C3%A9%00", "q"],
      ["/store/ocop/products?q=%00", "q"],
      ["/store/ocop/places?province=%00", "province"],
    ]) {
      await refused(await storeFetch(path), field, /control character \(U\+0000\)/)
    }
    const byId = await expectJson(await storeFetch("/store/products/%00"), 400)
    expect(byId).toMatchObject({ code: "unsafe_text", field: "path" })
  })

  it("refuses a new cart whose body holds a null byte, and creates no cart", async () => {
    const carts = () => count("select count(*) from cart")
    const before = await carts()
    const res = await storeFetch(
      "/store/carts",
      post({ region_id: await regionId(), metadata: { gift_note: "Tặng mẹ\u0000" } }),
    )
    await refused(res, "metadata.gift_note", /control character \(U\+0000\)/)
    expect(await carts()).toBe(before)
  })

  it("refuses a producer's update holding a null byte or a right-to-left override, and the product is unchanged", async () => {
    const before = await storedProduct()
    const path = `/producer/products/${mine.product.id}`
    const variant = { id: mine.variantId, title: "250 g", price: 85000 }
    await refused(
      await producerFetch(producerToken, path, post({ title: "Mật ong\u0000" })),
      "title",
      /control character \(U\+0000\)/,
    )
    await refused(
      await producerFetch(producerToken, path, post({ title: "Mật ong \u202Egnp.exe" })),
      "title",
      /text-direction character \(U\+202E\)/,
    )
    await refused(
      await producerFetch(producerToken, path, post({ description: "Ngọt\u001b[31m đậm" })),
      "description",
      /control character \(U\+001B\)/,
    )
    await refused(
      await producerFetch(
        producerToken,
        path,
        post({ variants: [{ ...variant, title: "250\u2066 g" }] }),
      ),
      "variants.0.title",
      /text-direction character \(U\+2066\)/,
    )
    expect(await storedProduct()).toEqual(before)
  })

  it("keeps line breaks where text runs over several lines: a description with new lines is saved", async () => {
    const description = "Mật ong hoa cà phê.\nThu hoạch tháng Ba.\r\n\tĐóng chai tại HTX."
    await expectJson(
      await producerFetch(
        producerToken,
        `/producer/products/${mine.product.id}`,
        post({ description }),
      ),
      200,
    )
    expect((await storedProduct()).description).toBe(description)
  })

  it("refuses an officer's right-to-left override in a product title through Medusa's admin route", async () => {
    const before = await storedProduct()
    await refused(
      await adminFetch(`/admin/products/${mine.product.id}`, post({ title: "\u202EOCOP 5 sao" })),
      "title",
      /text-direction character \(U\+202E\)/,
    )
    expect(await storedProduct()).toEqual(before)
  })

  it("refuses a staff receipt whose delivery note holds a control character, and writes no movement", async () => {
    const place = await createPlace("Trung tâm ký tự")
    const token = await staffOf([place.id])
    const movements = () =>
      count("select count(*) from ocop_stock_movement where place_id = $1", [place.id])
    const before = await movements()
    const res = await staffFetch(
      token,
      `/staff/places/${place.id}/receipts`,
      post({
        producer_id: mine.producer.id,
        delivery_note: "PX-001\u0007",
        items: [{ variant_id: mine.variantId, quantity: 5 }],
      }),
    )
    await refused(res, "delivery_note", /control character \(U\+0007\)/)
    expect(await movements()).toBe(before)
  })

  it("refuses a login or a registration whose email holds a null byte, and creates no login", async () => {
    const email = `shopper-${unique()}@example.com`
    const auth = (path: string, body: unknown) =>
      fetch(new URL(path, backendUrl()), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      })
    const logins = () =>
      count("select count(*) from provider_identity where entity_id like $1", [`${email}%`])
    await refused(
      await auth("/auth/customer/emailpass/register", {
        email: `${email}\u0000`,
        password: "Ocop@2026-x",
      }),
      "email",
      /control character \(U\+0000\)/,
    )
    const login = await expectJson(
      await auth("/auth/customer/emailpass", { email: `${email}\u0000`, password: "x" }),
      400,
    )
    expect(login).toMatchObject({ code: "unsafe_text", field: "email" })
    expect(login.message).not.toMatch(/select|where/i)
    expect(await logins()).toBe(0)
  })
})
