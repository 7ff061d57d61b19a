// The programme dashboard for officers (#18): its figures reconcile with a scenario built here —
// a counter sale and an online order at a new place show in the sales by province, place,
// group and star level at their orders' prices; a certificate ending in ten days is in the
// expiring list; a revoked one in this year's; a listed producer with no sale is named. Only an
// officer reads it; a bad period is refused (400) with a message.
import { beforeAll, describe, expect, it } from "vitest"
import {
  adminFetch,
  createCandidateProduct,
  listedGoods,
  recordCertificate,
  revokeCertificate,
} from "../support/admin-api"
import { bearer, unique } from "../support/auth-api"
import { backendUrl } from "../support/env"
import { expectJson, post } from "../support/http"
import { handedOverPickup } from "../support/order-queue"
import { customerAccount } from "../support/orders"
import { registerProducerUser } from "../support/producer-api"
import { at, createCentre, DAK_LAK, staffFetch, staffOf } from "../support/staff-api"

type Figure = { key: string; label: string; units: number; amount: number }
type Tables = Record<string, Record<string, unknown>[]>

const PRICE = 85_000
const DAY = 86_400_000

let scene: Awaited<ReturnType<typeof buildScene>>
let before: Tables

const dashboard = async (query = "") =>
  (await expectJson(await adminFetch(`/admin/ocop/dashboard${query}`), 200)).tables as Tables

const figure = (tables: Tables, table: string, key: string) =>
  (tables[table] as Figure[]).find((row) => row.key === key) ?? { units: 0, amount: 0 }

/** What the scenario added to a sales table's row: now less before it began. */
const added = (after: Tables, table: string, key: string) => ({
  units: figure(after, table, key).units - figure(before, table, key).units,
  amount: figure(after, table, key).amount - figure(before, table, key).amount,
})

/**
 * A new centre alone in its province, where a 4★ food product sells 2 units at the counter and
 * 1 online; another producer's listed product whose certificate ends in ten days and has no
 * sale; a certificate revoked today.
 */
async function buildScene() {
  const province = `Tỉnh thử ${unique()}`
  const place = await createCentre("Trung tâm bảng điều khiển", { ...DAK_LAK, province })
  const staff = await staffOf([place.id])
  const honey = await listedGoods("Mật ong bảng điều khiển")
  const line = (quantity: number) => [{ variant_id: honey.variantId, quantity }]
  const call = (path: string, body: unknown) =>
    staffFetch(staff, at(place, path), post(body)).then((res) => expectJson(res, 201))
  await call("/receipts", { producer_id: honey.producer.id, items: line(10) })
  await call("/counter-sales", { payment_method: "cash", items: line(2) })
  await handedOverPickup(staff, place, honey.variantId, 1)

  const unsold = await createCandidateProduct("Trà bảng điều khiển")
  const ending = await recordCertificate(unsold.product.id, {
    stars: 4,
    score: 80,
    issued_at: new Date(Date.now() - 30 * DAY).toISOString(),
    expires_at: new Date(Date.now() + 10 * DAY).toISOString(),
    expiry_reason: "Hiệu lực theo quyết định gia hạn tạm thời",
  })
  const gone = await createCandidateProduct("Bánh thu hồi bảng điều khiển")
  const revoked = await recordCertificate(gone.product.id, { stars: 3, score: 60 })
  await revokeCertificate(revoked.id, "Vi phạm chất lượng")
  return {
    province,
    place,
    staff,
    honey,
    unsold,
    expiringNumber: ending.certificate_number,
    revokedNumber: revoked.certificate_number,
  }
}

beforeAll(async () => {
  before = await dashboard()
  scene = await buildScene()
}, 240_000)

describe("the programme dashboard", () => {
  it("counts one counter sale and one online order in every breakdown, at their prices", async () => {
    const after = await dashboard()
    const sold = { units: 3, amount: 3 * PRICE }
    expect(figure(after, "sales_by_place", scene.place.id)).toMatchObject({
      label: scene.place.name,
      ...sold,
    })
    // The place is alone in its province: the province's figure is the place's.
    expect(figure(after, "sales_by_province", scene.province)).toMatchObject(sold)
    expect(added(after, "sales_by_group", "food")).toEqual(sold)
    expect(added(after, "sales_by_stars", "4")).toEqual(sold)
    expect(figure(after, "top_products", scene.honey.product.id)).toMatchObject(sold)
  })

  it("lists the certificate ending in ten days, this year's revocation and the unsold producer", async () => {
    const after = await dashboard()
    const ending = after.expiring!.find((row) => row.certificate_number === scene.expiringNumber)
    expect(ending).toMatchObject({ product_id: scene.unsold.product.id, stars: 4 })
    expect(ending!.days_left).toBeGreaterThan(0)
    expect(ending!.days_left).toBeLessThanOrEqual(30)
    expect(after.revoked!.map((row) => row.certificate_number)).toContain(scene.revokedNumber)
    const producers = after.unsold_producers!.map((row) => row.producer_id)
    expect(producers).toContain(scene.unsold.producer.id)
    expect(producers).not.toContain(scene.honey.producer.id)
    // Both listed products hold a valid 4★ food certificate: the cell counts at least those two.
    const cell = after.certified!.find((row) => row.stars === 4 && row.product_group === "food")
    expect(cell!.products).toBeGreaterThanOrEqual(2)
  })

  it("exports every table as CSV, its header the table's columns", async () => {
    const res = await adminFetch(`/admin/ocop/dashboard?format=csv&table=sales_by_place`)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toMatch(/text\/csv/)
    expect(res.headers.get("content-disposition")).toMatch(/ocop-sales-by-place-.*\.csv/)
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
    expect(lines[0]).toBe("key,label,units,amount")
    expect(lines).toContain(`${scene.place.id},${scene.place.name},3,${3 * PRICE}`)
    const expiring = await adminFetch(`/admin/ocop/dashboard?format=csv&table=expiring`)
    expect((await expiring.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(
      "certificate_number,product,producer,stars,expires_at,days_left",
    )
  })

  it("answers officers only: producer, staff and customer tokens are refused (401)", async () => {
    const producer = await registerProducerUser(
      `dash-${unique()}@example.com`,
      scene.honey.producer.id,
    )
    const customer = await customerAccount()
    for (const token of [producer.token, scene.staff, customer.token, undefined]) {
      const res = await fetch(new URL("/admin/ocop/dashboard", backendUrl()), {
        headers: bearer(token),
      })
      expect(res.status).toBe(401)
    }
  })

  it.each([
    "?from=2026-12-02&to=2026-12-01",
    "?from=2026-13-40",
    "?from=yesterday",
    "?from=2020-01-01&to=2026-12-01",
    "?format=csv",
    "?format=csv&table=passwords",
    "?format=xml",
  ])("refuses a bad period or table %s (400, with a message)", async (query) => {
    const refusal = await expectJson(await adminFetch(`/admin/ocop/dashboard${query}`), 400)
    expect(refusal.message).toBeTruthy()
  })
})
