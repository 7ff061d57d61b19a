// A product enters a fair's catalog only at a booth of its own producer, a booth of that same
// fair held by an existing producer, and only with an active 3–5★ certificate that lasts until
// the fair ends: a certificate running out mid-fair would leave the catalog showing it.
import { beforeAll, describe, expect, it } from "vitest"
import { createCandidateProduct, recordCertificate } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { createFair, organizer, organizerFetch, type TestFair } from "../../support/organizer-api"

let a: string
let b: string
let fair: TestFair
let lasting: Awaited<ReturnType<typeof createCandidateProduct>>
let lapsing: Awaited<ReturnType<typeof createCandidateProduct>>

/** Issued so that the 36 months of validity end `days` from now. */
function issuedForExpiryIn(days: number) {
  const issued = new Date(Date.now() + days * 864e5)
  issued.setUTCMonth(issued.getUTCMonth() - 36)
  return issued.toISOString()
}

const entries = (token: string, fairId: string, list: { product_id: string; booth_id: string }[]) =>
  organizerFetch(token, `/organizer/fairs/${fairId}/entries`, post({ entries: list }))

const booth = (token: string, fairId: string, number: string, producerId: string) =>
  organizerFetch(
    token,
    `/organizer/fairs/${fairId}/booths`,
    post({ number, producer_id: producerId }),
  )

async function catalog(token: string, fairId: string) {
  const { fair } = await expectJson(await organizerFetch(token, `/organizer/fairs/${fairId}`), 200)
  return fair.booths as { id: string; number: string; products: { id: string }[] }[]
}

beforeAll(async () => {
  ;[a, b] = [await organizer(), await organizer()]
  fair = await createFair(a, -1, 6)
  lasting = await createCandidateProduct("Chứng nhận còn dài")
  lapsing = await createCandidateProduct("Chứng nhận sắp hết")
  await recordCertificate(lasting.product.id, { stars: 4, score: 80 })
  await recordCertificate(lapsing.product.id, {
    stars: 4,
    score: 80,
    issued_at: issuedForExpiryIn(2),
  })
})

describe("fair entries are certified through the fair", () => {
  it("refuses a product whose certificate runs out before the fair ends, writing nothing", async () => {
    const { booth: own } = await expectJson(
      await booth(a, fair.id, "A01", lapsing.producer.id),
      201,
    )
    const res = await entries(a, fair.id, [{ product_id: lapsing.product.id, booth_id: own.id }])
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.message).toMatch(/certificate ends before the fair/)
    expect(body.message).toContain(lapsing.product.id)
    const shown = (await catalog(a, fair.id)).flatMap((row) => row.products.map((p) => p.id))
    expect(shown).not.toContain(lapsing.product.id)
  })

  it("accepts a product certified through the fair at its own producer's booth", async () => {
    const { booth: own } = await expectJson(
      await booth(a, fair.id, "A02", lasting.producer.id),
      201,
    )
    await expectJson(
      await entries(a, fair.id, [{ product_id: lasting.product.id, booth_id: own.id }]),
      201,
    )
    const row = (await catalog(a, fair.id)).find((line) => line.id === own.id)
    expect(row?.products.map((p) => p.id)).toEqual([lasting.product.id])
  })

  it("refuses a booth for a producer that does not exist, and another fair's booth", async () => {
    const before = (await catalog(a, fair.id)).length
    const unknown = await booth(a, fair.id, "Z99", "ocpr_does_not_exist")
    expect(unknown.status).toBe(404)
    expect((await catalog(a, fair.id)).length).toBe(before)

    const theirs = await createFair(b, -1, 6)
    const { booth: theirBooth } = await expectJson(
      await booth(b, theirs.id, "B01", lasting.producer.id),
      201,
    )
    const res = await entries(a, fair.id, [
      { product_id: lasting.product.id, booth_id: theirBooth.id },
    ])
    expect(res.status).toBe(404)
    const onTheirs = await entries(a, theirs.id, [
      { product_id: lasting.product.id, booth_id: theirBooth.id },
    ])
    expect(onTheirs.status).toBe(404)
    expect((await catalog(b, theirs.id))[0].products).toEqual([])
  })

  it("refuses another producer's product at a booth, and bad input, writing nothing", async () => {
    const own = (await catalog(a, fair.id)).find((row) => row.number === "A01")!
    const foreign = await entries(a, fair.id, [
      { product_id: lasting.product.id, booth_id: own.id },
    ])
    expect(foreign.status).toBe(400)
    for (const list of [[], [{ product_id: lasting.product.id }]]) {
      const res = await organizerFetch(
        a,
        `/organizer/fairs/${fair.id}/entries`,
        post({ entries: list }),
      )
      expect(res.status).toBe(400)
    }
    expect((await catalog(a, fair.id)).find((row) => row.id === own.id)?.products).toEqual([])
  })

  it("takes out only a product in this fair's catalog: another fair's entry is a 404 and stays", async () => {
    const theirs = await createFair(b, -1, 6)
    const { booth: theirBooth } = await expectJson(
      await booth(b, theirs.id, "B02", lasting.producer.id),
      201,
    )
    await expectJson(
      await entries(b, theirs.id, [{ product_id: lasting.product.id, booth_id: theirBooth.id }]),
      201,
    )
    const remove = (token: string, fairId: string, productId: string) =>
      organizerFetch(token, `/organizer/fairs/${fairId}/entries/${productId}`, { method: "DELETE" })
    expect((await remove(a, fair.id, lapsing.product.id)).status).toBe(404)
    expect((await remove(a, theirs.id, lasting.product.id)).status).toBe(404)
    const theirsNow = (await catalog(b, theirs.id)).find((row) => row.id === theirBooth.id)
    expect(theirsNow?.products.map((p) => p.id)).toEqual([lasting.product.id])

    await expectJson(await remove(a, fair.id, lasting.product.id), 200)
    const shown = (await catalog(a, fair.id)).flatMap((row) => row.products.map((p) => p.id))
    expect(shown).not.toContain(lasting.product.id)
    expect(
      (await catalog(b, theirs.id)).find((row) => row.id === theirBooth.id)?.products,
    ).toHaveLength(1)
  })
})
