// A producer edits only the variants of their own product: another product's variant id —
// another producer's above all — answers 404 as if it did not exist, and nothing changes.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch, createCandidateProduct } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { producerFetch, registerProducerUser } from "../../support/producer-api"
import { unique } from "../../support/auth-api"

let mine: Awaited<ReturnType<typeof createCandidateProduct>>
let theirs: Awaited<ReturnType<typeof createCandidateProduct>>
let token: string

const variantOf = async (productId: string) => {
  const { product } = await expectJson(
    await adminFetch(`/admin/products/${productId}?fields=title,variants.title,*variants.prices`),
    200,
  )
  const [variant] = product.variants
  return { product: product.title, title: variant.title, price: variant.prices[0].amount }
}

const edit = (variants: unknown[]) =>
  producerFetch(token, `/producer/products/${mine.product.id}`, post({ variants }))

beforeAll(async () => {
  mine = await createCandidateProduct("Biến thể của tôi")
  theirs = await createCandidateProduct("Biến thể của người khác")
  token = (await registerProducerUser(`variants-${unique()}@example.com`, mine.producer.id)).token
})

describe("producers edit only their own variants", () => {
  it("another producer's variant id is a 404 and neither product changes", async () => {
    const [myBefore, theirBefore] = [
      await variantOf(mine.product.id),
      await variantOf(theirs.product.id),
    ]
    const res = await edit([
      { id: mine.variantId, title: "Hộp 250 g", price: 91000 },
      { id: theirs.variantId, title: "Chiếm", price: 1000 },
    ])
    expect(res.status).toBe(404)
    expect((await res.json()).message).toContain(theirs.variantId)
    expect(await variantOf(theirs.product.id)).toEqual(theirBefore)
    expect(await variantOf(mine.product.id)).toEqual(myBefore)
  })

  it("edits a variant of their own product", async () => {
    await expectJson(await edit([{ id: mine.variantId, title: "Hộp 250 g", price: 91000 }]), 200)
    expect(await variantOf(mine.product.id)).toMatchObject({ title: "Hộp 250 g", price: 91000 })
  })

  it("a variant without an id, or a bad price, is a 400 and changes nothing", async () => {
    const before = await variantOf(mine.product.id)
    for (const variants of [
      [{ title: "Hộp mới", price: 50000 }],
      [{ id: mine.variantId, title: "Hộp 250 g", price: 12.5 }],
      [],
    ]) {
      const res = await edit(variants)
      expect(res.status).toBe(400)
      expect((await res.json()).message).toBeTruthy()
    }
    expect(await variantOf(mine.product.id)).toEqual(before)
  })
})
