// A deleted product leaves fair catalogs through `ocop.listing.changed`, emitted in the
// deletion's own event group: delivered when the deletion completes, dropped when it rolls back.
import { describe, expect, it } from "vitest"
import { eventually } from "../support/eventually"
import { adminFetch, createCandidateProduct, recordCertificate } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { sql } from "../support/db"
import { createFair, exhibit, organizer } from "../support/organizer-api"

const entriesOf = async (productId: string) =>
  Number(
    (
      await sql<{ count: string }>("select count(*) from ocop_fair_entry where product_id = $1", [
        productId,
      ])
    )[0]!.count,
  )

describe("deleting a product", () => {
  it("keeps it in the fair when the deletion rolls back, and removes it when it completes", async () => {
    const token = await organizer()
    const fair = await createFair(token)
    const goods = await createCandidateProduct("Hàng hội chợ sẽ xoá")
    await recordCertificate(goods.product.id, { stars: 4, score: 80 })
    await exhibit(token, fair.id, {
      producer_id: goods.producer.id,
      product_id: goods.product.id,
      number: "X01",
    })
    expect(await entriesOf(goods.product.id)).toBe(1)

    // One batch: delete the product and create a published product the gate refuses. The
    // deletion (a parallel branch) runs with its hook, then the whole batch rolls back.
    const batch = await adminFetch(
      "/admin/products/batch",
      post({
        delete: [goods.product.id],
        create: [
          {
            title: "Không có giấy chứng nhận",
            status: "published",
            options: [{ title: "Quy cách", values: ["1 hộp"] }],
            variants: [
              {
                title: "1 hộp",
                options: { "Quy cách": "1 hộp" },
                prices: [{ amount: 10000, currency_code: "vnd" }],
              },
            ],
          },
        ],
      }),
    )
    expect(batch.status).toBe(400)
    await expectJson(await adminFetch(`/admin/products/${goods.product.id}`), 200)
    // Give a stray event the time the subscriber takes when it is delivered (below).
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(await entriesOf(goods.product.id)).toBe(1)

    // The same event, delivered: a completed deletion takes the product out of the fair.
    expect(
      (await adminFetch(`/admin/products/${goods.product.id}`, { method: "DELETE" })).status,
    ).toBe(200)
    await eventually(async () => expect(await entriesOf(goods.product.id)).toBe(0))
  })
})
