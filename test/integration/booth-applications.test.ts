// Producers apply for booths at open fairs with their own certified products; only the fair's
// organiser sees and decides them (accepted: a booth, the products entered; declined: a reason);
// every refusal writes nothing, and both sides hear by email.
import { beforeAll, describe, expect, it } from "vitest"
import { createCandidateProduct, recordCertificate } from "../support/admin-api"
import { unique } from "../support/auth-api"
import { count, sql } from "../support/db"
import { expectJson, post } from "../support/http"
import { mailbox } from "../support/mailbox"
import {
  createFair,
  endFairNow,
  organizer,
  organizerAccount,
  organizerFetch,
  type TestFair,
} from "../support/organizer-api"
import { producerFetch, registerProducerUser } from "../support/producer-api"

type Goods = Awaited<ReturnType<typeof createCandidateProduct>>
type Applicant = { goods: Goods; token: string; email: string }

let owner: { email: string; token: string }
let other: string
let fair: TestFair

/** Issued so that the 36 months of validity end `days` from now. */
function issuedForExpiryIn(days: number) {
  const issued = new Date(Date.now() + days * 864e5)
  issued.setUTCMonth(issued.getUTCMonth() - 36)
  return issued.toISOString()
}

/** A producer with one product certified 4★ (unless told otherwise) and a signed-in user. */
async function applicant(certificate: Record<string, unknown> | null = {}): Promise<Applicant> {
  const goods = await createCandidateProduct("Cà phê hội chợ")
  if (certificate)
    await recordCertificate(goods.product.id, { stars: 4, score: 80, ...certificate })
  const email = `producer-${unique()}@example.com`
  const { token } = await registerProducerUser(email, goods.producer.id)
  return { goods, token, email }
}

const apply = (token: string, fairId: string, body: Record<string, unknown>) =>
  producerFetch(token, `/producer/fairs/${fairId}/applications`, post(body))

/** The applicant's pending application for the fair, with their one product. */
async function applied(who: Applicant): Promise<{ id: string }> {
  const res = await apply(who.token, fair.id, { product_ids: [who.goods.product.id] })
  return (await expectJson(res, 201)).application
}

const decide = (token: string, fairId: string, id: string, verb: string, body: unknown) =>
  organizerFetch(token, `/organizer/fairs/${fairId}/applications/${id}/${verb}`, post(body))

const applicationsOf = (producerId: string) =>
  count(`select count(*) from ocop_booth_application where producer_id = $1`, [producerId])

async function refusedWithNothingWritten(res: Response, who: Applicant, code: string) {
  expect(res.status).toBe(400)
  expect((await res.json()).code).toBe(code)
  expect(await applicationsOf(who.goods.producer.id)).toBe(0)
}

beforeAll(async () => {
  owner = await organizerAccount()
  other = await organizer()
  fair = await createFair(owner.token, 1, 3)
})

describe("booth applications", () => {
  it("go from a producer to the fair's organiser, who accepts: booth assigned, products entered, both told", async () => {
    const a = await applicant()
    const box = await mailbox()
    const { fairs } = await expectJson(await producerFetch(a.token, "/producer/fairs"), 200)
    expect(fairs.map((f: { id: string }) => f.id)).toContain(fair.id)
    const { application } = await expectJson(
      await apply(a.token, fair.id, { product_ids: [a.goods.product.id], note: "Hai bàn" }),
      201,
    )
    expect(application.status).toBe("pending")
    const told = await box.next(owner.email)
    expect(told.subject).toMatch(/^Đơn đăng ký gian hàng mới — /)
    expect(told.text).toContain(a.goods.producer.name)
    expect(told.text).toContain("Lời nhắn: Hai bàn")

    const { applications } = await expectJson(
      await organizerFetch(owner.token, `/organizer/fairs/${fair.id}/applications`),
      200,
    )
    const listed = applications.find((row: { id: string }) => row.id === application.id)
    expect(listed.products).toEqual([{ id: a.goods.product.id, title: a.goods.product.title }])

    await expectJson(
      await decide(owner.token, fair.id, application.id, "accept", { booth_number: "B07" }),
      200,
    )
    const [booth] = await sql(
      `select b.producer_id from ocop_fair_booth b join ocop_fair_entry e on e.booth_id = b.id
        where b.fair_id = $1 and b.number = 'B07' and e.product_id = $2 and e.deleted_at is null`,
      [fair.id, a.goods.product.id],
    )
    expect(booth?.producer_id).toBe(a.goods.producer.id)
    const mail = await box.next(a.email)
    expect(mail.subject).toMatch(/^Đơn đăng ký gian hàng đã được chấp nhận/)
    expect(mail.text).toContain("gian hàng số B07")
    const mine = await expectJson(await producerFetch(a.token, "/producer/applications"), 200)
    expect(mine.applications[0]).toMatchObject({ status: "accepted", booth_number: "B07" })

    const again = await decide(owner.token, fair.id, application.id, "decline", { reason: "Đổi ý" })
    expect(again.status).toBe(400)
    expect((await again.json()).code).toBe("application_not_pending")
  })

  it("are declined only with a reason, which the producer reads", async () => {
    const a = await applicant()
    const box = await mailbox()
    const application = await applied(a)
    const blank = await decide(owner.token, fair.id, application.id, "decline", { reason: "  " })
    expect(blank.status).toBe(400)
    const missing = await decide(owner.token, fair.id, application.id, "decline", {})
    expect(missing.status).toBe(400)
    const [still] = await sql(
      `select status, decided_at from ocop_booth_application where id = $1`,
      [application.id],
    )
    expect(still).toEqual({ status: "pending", decided_at: null })
    await expectJson(
      await decide(owner.token, fair.id, application.id, "decline", { reason: "Hết gian hàng" }),
      200,
    )
    const mail = await box.next(a.email)
    expect(mail.subject).toMatch(/^Đơn đăng ký gian hàng bị từ chối/)
    expect(mail.text).toContain("Lý do: Hết gian hàng")
  })

  it("belong to their producer and their fair's organiser only", async () => {
    const a = await applicant()
    const b = await applicant()
    const application = await applied(a)
    const base = `/organizer/fairs/${fair.id}/applications`
    expect((await organizerFetch(other, base)).status).toBe(404)
    expect(
      (await decide(other, fair.id, application.id, "accept", { booth_number: "Z1" })).status,
    ).toBe(404)
    expect((await decide(other, fair.id, application.id, "decline", { reason: "x" })).status).toBe(
      404,
    )
    const theirs = await createFair(other, 1, 3)
    expect(
      (await decide(other, theirs.id, application.id, "accept", { booth_number: "Z1" })).status,
    ).toBe(404)

    const seen = async (token: string, path: string) =>
      (await expectJson(await producerFetch(token, path), 200)).applications.map(
        (row: { id: string }) => row.id,
      )
    expect(await seen(b.token, "/producer/applications")).not.toContain(application.id)
    expect(await seen(b.token, `/producer/fairs/${fair.id}/applications`)).not.toContain(
      application.id,
    )
    const stolen = await producerFetch(
      b.token,
      `/producer/applications/${application.id}/withdraw`,
      post({}),
    )
    expect(stolen.status).toBe(404)
    const borrowed = await apply(b.token, fair.id, { product_ids: [a.goods.product.id] })
    expect(borrowed.status).toBe(404)
    expect(await applicationsOf(b.goods.producer.id)).toBe(0)
    const [row] = await sql(`select status from ocop_booth_application where id = $1`, [
      application.id,
    ])
    expect(row.status).toBe("pending")
    await expectJson(
      await producerFetch(a.token, `/producer/applications/${application.id}/withdraw`, post({})),
      200,
    )
  })

  it("refuse an ended fair, uncertified or lapsing products and an empty list, writing nothing", async () => {
    const ended = await createFair(owner.token, -2, 1)
    await endFairNow(ended)
    const a = await applicant()
    const res = await apply(a.token, ended.id, { product_ids: [a.goods.product.id] })
    await refusedWithNothingWritten(res, a, "fair_ended")
    const { fairs } = await expectJson(await producerFetch(a.token, "/producer/fairs"), 200)
    expect(fairs.map((f: { id: string }) => f.id)).not.toContain(ended.id)

    const uncertified = await applicant(null)
    await refusedWithNothingWritten(
      await apply(uncertified.token, fair.id, { product_ids: [uncertified.goods.product.id] }),
      uncertified,
      "product_not_certified",
    )
    const lapsing = await applicant({ issued_at: issuedForExpiryIn(2) })
    await refusedWithNothingWritten(
      await apply(lapsing.token, fair.id, { product_ids: [lapsing.goods.product.id] }),
      lapsing,
      "certificate_ends_before_fair",
    )
    await refusedWithNothingWritten(
      await apply(a.token, fair.id, { product_ids: [] }),
      a,
      "too_few",
    )
  })
})
