// A council session's results recorded at once (POST /admin/ocop/certifications/batch) obey the
// same rules as one result, and a batch is all or nothing: one bad result refuses every result
// of the batch, and nothing of it is written.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch, certificate, createCandidateProduct, shopperSees } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { sql } from "../support/db"
import { backendUrl } from "../support/env"

type Candidate = { id: string; handle: string }
let first: Candidate
let second: Candidate

const recordBatch = (certifications: unknown[]) =>
  adminFetch("/admin/ocop/certifications/batch", post({ certifications }))

/** Certificates stored under these numbers, and the products' listing state. */
async function written(numbers: string[], productIds: string[]) {
  const certificates = await sql<{ count: string }>(
    "select count(*) from ocop_certification where certificate_number = any($1)",
    [numbers],
  )
  const listed = await sql<{ count: string }>(
    "select count(*) from ocop_listing where product_id = any($1) and (listed or certification_id is not null)",
    [productIds],
  )
  return { certificates: Number(certificates[0]!.count), listed: Number(listed[0]!.count) }
}

beforeAll(async () => {
  first = (await createCandidateProduct("Sản phẩm lô thứ nhất")).product
  second = (await createCandidateProduct("Sản phẩm lô thứ hai")).product
})

describe("recording a batch of certificates", () => {
  it("refuses the whole batch when one result has stars outside its score band, writing nothing", async () => {
    const good = certificate(first.id)
    const bad = certificate(second.id, { stars: 4, score: 60 })
    const body = await expectJson(await recordBatch([good, bad]), 400)
    expect(body.message).toContain(bad.certificate_number)
    expect(body.message).toMatch(/earns 3 stars/)
    expect(
      await written([good.certificate_number, bad.certificate_number], [first.id, second.id]),
    ).toEqual({ certificates: 0, listed: 0 })
    expect((await shopperSees(first.handle, first.id)).ocop).toBe(false)
  })

  it("refuses a number given twice or already recorded, writing nothing", async () => {
    const good = certificate(first.id)
    const twice = certificate(second.id, { certificate_number: good.certificate_number })
    expect((await recordBatch([good, twice])).status).toBeGreaterThanOrEqual(400)
    expect(await written([good.certificate_number], [first.id, second.id])).toEqual({
      certificates: 0,
      listed: 0,
    })
  })

  it("refuses malformed input with 400 before any rule runs, writing nothing", async () => {
    const res = await recordBatch([certificate(first.id, { stars: "three" })])
    expect((await expectJson(res, 400)).message).toEqual(expect.any(String))
    expect((await expectJson(await recordBatch([]), 400)).message).toEqual(expect.any(String))
    expect(await written([], [first.id])).toEqual({ certificates: 0, listed: 0 })
  })

  it("is an officer's door: no token, no batch", async () => {
    const res = await fetch(new URL("/admin/ocop/certifications/batch", backendUrl()), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ certifications: [certificate(first.id)] }),
    })
    expect(res.status).toBe(401)
    expect(await written([], [first.id])).toEqual({ certificates: 0, listed: 0 })
  })

  it("records a good batch at once and lists every product of it", async () => {
    const batch = [certificate(first.id), certificate(second.id, { stars: 4, score: 75 })]
    const body = await expectJson(await recordBatch(batch), 201)
    expect(body.count).toBe(2)
    expect(body.certifications.map((row: { level: string }) => row.level)).toEqual([
      "provincial",
      "provincial",
    ])
    expect(await shopperSees(first.handle, first.id)).toEqual({
      ocop: true,
      list: true,
      byId: true,
    })
    expect(await shopperSees(second.handle, second.id)).toEqual({
      ocop: true,
      list: true,
      byId: true,
    })
  })
})
