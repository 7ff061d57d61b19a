// Producers manage their own shop listings — and nothing else.
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"
import {
  adminFetch,
  createCandidateProduct,
  recordCertificate,
  shopperSees,
} from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { backendUrl } from "../support/env"
import {
  postStories,
  producerFetch,
  producerLogin,
  registerProducerUser,
} from "../support/producer-api"
import { createPlace, receiveGoods, staffOf } from "../support/staff-api"
import { storeFetch } from "../support/store-api"
import { unique } from "../support/auth-api"

/** Every route of the producer API, read from its route files: path and exported method. */
function portalRoutes(): { path: string; method: string }[] {
  const root = fileURLToPath(
    new URL("../../plugins/medusa-plugin-ocop/src/api/producer", import.meta.url),
  )
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("route.ts"))
    .flatMap((file) => {
      const dir = path.dirname(file) === "." ? "" : `/${path.dirname(file)}`
      const route = `/producer${dir.replaceAll(path.sep, "/")}`.replace(/\[\w+\]/g, "prod_none")
      const source = readFileSync(path.join(root, file), "utf8")
      return [...source.matchAll(/export async function (GET|POST|DELETE|PUT|PATCH)\b/g)].map(
        ([, method]) => ({ path: route, method }),
      )
    })
}

let mine: Awaited<ReturnType<typeof createCandidateProduct>>
let theirs: Awaited<ReturnType<typeof createCandidateProduct>>
let token: string

beforeAll(async () => {
  mine = await createCandidateProduct("Sản phẩm của tôi")
  theirs = await createCandidateProduct("Sản phẩm của người khác")
  token = (await registerProducerUser(`producer-${unique()}@example.com`, mine.producer.id)).token
})

describe("a producer user", () => {
  it("waits for an officer's approval before touching any listing", async () => {
    const pending = await registerProducerUser(`pending-${unique()}@example.com`)
    const res = await producerFetch(pending.token, "/producer/products")
    expect(res.status).toBe(403)
    expect((await res.json()).message).toMatch(/approval/)
    const me = await expectJson(await producerFetch(pending.token, "/producer/me"), 200)
    expect(me.producer_user.status).toBe("pending")
  })

  it("sees only their own products, with certificate state", async () => {
    await recordCertificate(mine.product.id, { stars: 4, score: 77 })
    const { products } = await expectJson(await producerFetch(token, "/producer/products"), 200)
    expect(products.map((p: { id: string }) => p.id)).toEqual([mine.product.id])
    expect(products[0].certificate.state).toBe("active")
    expect(products[0].listed).toBe(true)
  })

  it("gets 404 for another producer's product, for reading and for writing", async () => {
    const id = theirs.product.id
    expect((await producerFetch(token, `/producer/products/${id}`)).status).toBe(404)
    const edit = await producerFetch(token, `/producer/products/${id}`, post({ title: "Chiếm" }))
    expect(edit.status).toBe(404)
    const story = await postStories(token, id, [
      { locale: "vi", product_title: "x", title: "x", body: "<p>x</p>" },
    ])
    expect(story.status).toBe(404)
    const { product } = await expectJson(await adminFetch(`/admin/products/${id}`), 200)
    expect(product.title).not.toBe("Chiếm")
  })

  it("edits the story and the public product page shows it, sanitised", async () => {
    const body = '<p>Câu chuyện <strong>mới</strong></p><script>alert("x")</script>'
    await expectJson(
      await postStories(token, mine.product.id, [
        { locale: "vi", product_title: "Cà phê mới", title: "Chuyện cà phê", body },
        {
          locale: "en",
          product_title: "New coffee",
          title: "Coffee story",
          body: "<p>Story</p>",
        },
      ]),
      200,
    )
    const { product } = await expectJson(
      await storeFetch(`/store/ocop/products/${mine.handle}`),
      200,
    )
    expect(product.title).toBe("Cà phê mới")
    expect(product.story.body).toBe("<p>Câu chuyện <strong>mới</strong></p>")
    const en = await expectJson(
      await storeFetch(`/store/ocop/products/${mine.handle}?locale=en`),
      200,
    )
    expect(en.product.story.title).toBe("Coffee story")
  })

  it("edits prices in whole đồng, and cannot touch status, stars or sales channels", async () => {
    const detail = await expectJson(
      await producerFetch(token, `/producer/products/${mine.product.id}`),
      200,
    )
    const variant = detail.product.variants[0]
    const ok = await producerFetch(
      token,
      `/producer/products/${mine.product.id}`,
      post({ variants: [{ id: variant.id, title: variant.title, price: 99000 }] }),
    )
    const { product } = await expectJson(ok, 200)
    expect(product.variants[0].price).toBe(99000)
    // Each refusal names a stable code and its field (the portal translates them), the
    // English message kept for API clients; nothing of the refused body is written.
    for (const [forbidden, code, field] of [
      [{ status: "published" }, "unknown_field", "status"],
      [{ stars: 5 }, "unknown_field", "stars"],
      [{ sales_channels: [{ id: "sc_x" }] }, "unknown_field", "sales_channels"],
      [
        { variants: [{ id: variant.id, title: "x", price: 99000.5 }] },
        "not_whole",
        "variants.0.price",
      ],
      [{ variants: [{ id: variant.id, title: "x", price: 500 }] }, "too_small", "variants.0.price"],
      [{ title: "x".repeat(301) }, "too_long", "title"],
    ] as const) {
      const res = await producerFetch(
        token,
        `/producer/products/${mine.product.id}`,
        post(forbidden),
      )
      const body = await expectJson(res, 400)
      expect({ code: body.code, field: body.field }).toEqual({ code, field })
      expect(body.message).toEqual(expect.any(String))
    }
    const after = await expectJson(
      await producerFetch(token, `/producer/products/${mine.product.id}`),
      200,
    )
    expect(after.product.variants[0].price).toBe(99000)
    expect(after.product.title).not.toBe("x".repeat(301))
    expect(after.product.status).toBe(product.status)
  })

  it("names the code and field of a refusal thrown inside the edit workflow (decision 0016)", async () => {
    const before = await expectJson(
      await producerFetch(token, `/producer/products/${mine.product.id}`),
      200,
    )
    const variant = before.product.variants[0]
    // Another producer's variant id is not one of this product's: 404, with the code and the
    // variant's field the portal translates, and nothing of the edit is written.
    const theirDetail = await expectJson(
      await adminFetch(`/admin/products/${theirs.product.id}`),
      200,
    )
    const res = await producerFetch(
      token,
      `/producer/products/${mine.product.id}`,
      post({
        title: "Đổi tên không được lưu",
        variants: [
          { id: variant.id, title: variant.title, price: 123000 },
          { id: theirDetail.product.variants[0].id, title: "Lạ", price: 99000 },
        ],
      }),
    )
    const refused = await expectJson(res, 404)
    expect({ code: refused.code, field: refused.field }).toEqual({
      code: "unknown_variant",
      field: "variants.1.id",
    })
    const after = await expectJson(
      await producerFetch(token, `/producer/products/${mine.product.id}`),
      200,
    )
    expect(after.product.title).toBe(before.product.title)
    expect(after.product.variants[0].price).toBe(variant.price)
  })

  it("creates a product that stays invisible to shoppers until an officer certifies it", async () => {
    const handle = `producer-new-${unique()}`
    const res = await producerFetch(
      token,
      "/producer/products",
      post({ title: "Mật ong mới", handle, variants: [{ title: "500 ml", price: 150000 }] }),
    )
    const { product } = await expectJson(res, 201)
    expect(product.status).toBe("draft")
    // A second product at the same address: refused with the code the portal translates.
    const again = await producerFetch(
      token,
      "/producer/products",
      post({ title: "Mật ong khác", handle, variants: [{ title: "1 l", price: 250000 }] }),
    )
    const taken = await expectJson(again, 409)
    expect({ code: taken.code, field: taken.field }).toEqual({
      code: "handle_taken",
      field: "handle",
    })
    expect(await shopperSees(handle, product.id)).toEqual({ ocop: false, list: false, byId: false })
    await recordCertificate(product.id, { stars: 3, score: 58 })
    expect(await shopperSees(handle, product.id)).toEqual({ ocop: true, list: true, byId: true })
  })

  it("sees stock per place and expiry reminders for their own products only", async () => {
    // A second producer with what the first must not see: stock on a shelf, and a certificate
    // expiring within the reminder window. Its own token sees both (the positive control).
    const other = await createCandidateProduct("Hàng của chủ thể khác", { manageInventory: true })
    const issued = new Date()
    issued.setUTCMonth(issued.getUTCMonth() - 36)
    issued.setUTCDate(issued.getUTCDate() + 10)
    await recordCertificate(other.product.id, { stars: 4, score: 72, issued_at: issued })
    const place = await createPlace("Điểm bán hai chủ thể")
    const staff = await staffOf([place.id])
    await receiveGoods(staff, place.id, other, 3)
    const otherToken = (
      await registerProducerUser(`producer-${unique()}@example.com`, other.producer.id)
    ).token
    const productIds = async (who: string) => {
      const stock = await expectJson(await producerFetch(who, "/producer/stock"), 200)
      const reminders = await expectJson(await producerFetch(who, "/producer/reminders"), 200)
      const ids = (rows: { product_id: string }[]) => rows.map((row) => row.product_id)
      return { stock: ids(stock.stock), reminders: ids(reminders.reminders) }
    }
    const theirs = await productIds(otherToken)
    expect(theirs.stock).toContain(other.product.id)
    expect(theirs.reminders).toContain(other.product.id)
    const own = await productIds(token)
    expect(own.stock).not.toContain(other.product.id)
    expect(own.reminders).not.toContain(other.product.id)
    expect([...own.stock, ...own.reminders].every((id) => id === mine.product.id)).toBe(true)
    // Order lines: integration/security/producers-see-no-shopper-data.test.ts places an order
    // holding both producers' products and checks each sees only its own line.
  })
})

describe("producer tokens", () => {
  it("do not open admin or store-customer routes", async () => {
    const admin = await producerFetch(token, "/admin/products")
    expect(admin.status).toBe(401)
    const customer = await fetch(new URL("/store/customers/me", backendUrl()), {
      headers: { authorization: `Bearer ${token}` },
    })
    expect([400, 401]).toContain(customer.status)
  })

  it("are required on every portal route", async () => {
    const routes = portalRoutes()
    expect(routes.length).toBeGreaterThanOrEqual(10)
    for (const { path, method } of routes) {
      // Registration takes the auth provider's registration token, the claim its mailed token.
      if (path === "/producer/account/claim") continue
      const res = await fetch(new URL(path, backendUrl()), {
        method,
        headers: { "content-type": "application/json" },
        body: method === "GET" ? undefined : "{}",
      })
      expect(res.status, `${method} ${path}`).toBe(401)
    }
  })
})

describe("producer login", () => {
  it("asks to wait after five failed attempts in a row (decision 0008)", async () => {
    const email = `guess-${unique()}@example.com`
    await registerProducerUser(email)
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) statuses.push((await producerLogin(email, "wrong")).status)
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses).toContain(429)
  })
})
