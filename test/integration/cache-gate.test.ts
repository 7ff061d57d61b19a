// Never stale on the gate (issue #16, decision 0024): the shoppers' read paths are answered from
// Medusa's Caching Module, and a revocation takes the product out of every one of them at once,
// cache warm or not. Runs against whichever provider the stack uses: in-memory in npm test,
// Redis shared by two servers and a worker in `npm run test:topology` (vitest.topology.config.ts).
import { beforeAll, describe, expect, it } from "vitest"
import { createCandidateProduct, recordCertificate, revokeCertificate } from "../support/admin-api"
import { expectJson } from "../support/http"
import { storefrontUrl } from "../support/env"
import { eventually } from "../support/eventually"
import { createFair, exhibit, organizer } from "../support/organizer-api"
import { storeFetch } from "../support/store-api"
import { cachedPaths, readAll, type Reads } from "../support/cached-reads"

let goods: Awaited<ReturnType<typeof createCandidateProduct>>
let certificationId: string
let certificateNumber: string
let fairSlug: string

beforeAll(async () => {
  goods = await createCandidateProduct("Hàng bộ nhớ đệm")
  const cert = await recordCertificate(goods.product.id, { stars: 4, score: 80 })
  certificationId = cert.id
  certificateNumber = cert.certificate_number
  const token = await organizer()
  const fair = await createFair(token)
  fairSlug = fair.slug
  await exhibit(token, fair.id, { producer_id: goods.producer.id, product_id: goods.product.id })
})

const paths = () =>
  cachedPaths({
    handle: goods.handle,
    producerHandle: goods.producer.handle,
    tag: goods.tag,
    fairSlug,
    certificateNumber,
  })

describe("the read cache and the gate", () => {
  it("serves repeated reads from the cache, and a revocation takes the product out of all at once", async () => {
    // Warm: every path shows the product and, read again, answers from the cache.
    await eventually(async () => {
      const reads = await readAll(paths())
      expect(reads.showing).toEqual(reads.all)
    })
    const warm: Reads = await readAll(paths())
    expect(warm.showing).toEqual(warm.all)
    expect(warm.cache).toEqual(Object.fromEntries(warm.backend.map((name) => [name, "hit"])))

    await revokeCertificate(certificationId, "Thu hồi: kiểm tra bộ nhớ đệm")

    // The very next read of each, no waiting: the product is gone from every one.
    const after = await readAll(paths())
    expect(after.showing).toEqual([])
    const { certificate } = await expectJson(
      await storeFetch(`/store/ocop/certificates/${encodeURIComponent(certificateNumber)}`),
      200,
    )
    expect(certificate.state).toBe("revoked")
  })

  it("holds an entry no longer than the first listed certificate's expiry", async () => {
    // It expires in a few seconds, while an entry of the default life would still be held.
    const soon = await createCandidateProduct("Sắp hết hạn")
    const expires = new Date(Date.now() + 6000)
    await recordCertificate(soon.product.id, {
      expires_at: expires.toISOString(),
      expiry_reason: "Quyết định thu hẹp hiệu lực (kiểm thử)",
    })
    const detail = `/store/ocop/products/${soon.handle}`
    const first = await storeFetch(detail)
    if (first.status === 404) return // expired already on a slow machine: nothing to hold
    expect((await storeFetch(detail)).headers.get("x-ocop-cache")).toBe("hit")
    // No job runs in between: the entry's own life ends with the certificate.
    await eventually(async () => expect((await storeFetch(detail)).status).toBe(404), 15_000)
    const page = await fetch(new URL(`/products/${soon.handle}`, storefrontUrl()))
    expect(page.status).toBe(404)
  })
})
