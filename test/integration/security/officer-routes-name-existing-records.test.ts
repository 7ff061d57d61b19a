// An officer's route that names a record by id answers 404 when there is no such record, and
// writes nothing: a story saved for a product that does not exist would sit orphaned and attach
// itself to whatever later takes that id.
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { databaseUrl } from "../../support/env"

const db = new pg.Client({ connectionString: databaseUrl() })
/** A product id no product has (fresh on every run, so an orphan of an older run cannot hide). */
const MISSING = `prod_missing${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`

const story = {
  locale: "vi",
  product_title: "Sản phẩm",
  title: "Câu chuyện",
  body: "<p>Câu chuyện sản phẩm.</p>",
}

const storiesOf = async (productId: string) =>
  Number(
    (
      await db.query(
        "select count(*) from ocop_product_story where product_id = $1 and deleted_at is null",
        [productId],
      )
    ).rows[0].count,
  )

beforeAll(async () => {
  await db.connect()
})
afterAll(async () => {
  await db.end()
})

describe("officer routes name existing records", () => {
  it("a story for a product that does not exist is a 404 and is not written", async () => {
    const res = await adminFetch(
      `/admin/ocop/products/${MISSING}/stories`,
      post({ stories: [story] }),
    )
    expect(res.status).toBe(404)
    expect((await res.json()).message).toMatch(/was not found/)
    expect(await storiesOf(MISSING)).toBe(0)
  })

  it("the OCOP file of a product that does not exist is a 404", async () => {
    const res = await adminFetch(`/admin/ocop/products/${MISSING}`)
    expect(res.status).toBe(404)
  })

  it("writes a story for an existing product", async () => {
    const { product } = await createCandidateProduct("Có câu chuyện")
    await expectJson(
      await adminFetch(`/admin/ocop/products/${product.id}/stories`, post({ stories: [story] })),
      200,
    )
    expect(await storiesOf(product.id)).toBe(1)
    const { listing, stories } = await expectJson(
      await adminFetch(`/admin/ocop/products/${product.id}`),
      200,
    )
    expect(listing.product_id).toBe(product.id)
    expect(stories).toHaveLength(1)
  })

  it("other ids an officer sends are checked too: 404, nothing written", async () => {
    const attempts = [
      adminFetch(
        "/admin/ocop/producer-users",
        post({ email: "nobody-ids@example.com", producer_id: "ocpr_does_not_exist" }),
      ),
      adminFetch(
        "/admin/ocop/staff-users",
        post({ email: "nobody-ids@example.com", place_ids: ["ocpl_does_not_exist"] }),
      ),
      adminFetch(
        "/admin/ocop/producers/ocpr_does_not_exist/products",
        post({ product_ids: [MISSING] }),
      ),
      adminFetch("/admin/ocop/certifications/occt_does_not_exist/revoke", post({ reason: "x" })),
    ]
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(404)
    const written = await db.query(
      `select (select count(*) from ocop_producer_user where email = $1)
            + (select count(*) from ocop_staff_user where email = $1) as n`,
      ["nobody-ids@example.com"],
    )
    expect(Number(written.rows[0].n)).toBe(0)
  })

  it("refuses bad input with a 400 and writes nothing", async () => {
    const { product } = await createCandidateProduct("Câu chuyện sai")
    for (const stories of [[], [{ ...story, locale: "fr" }], [{ ...story, body: "" }]]) {
      const res = await adminFetch(`/admin/ocop/products/${product.id}/stories`, post({ stories }))
      expect(res.status).toBe(400)
    }
    expect(await storiesOf(product.id)).toBe(0)
  })
})
