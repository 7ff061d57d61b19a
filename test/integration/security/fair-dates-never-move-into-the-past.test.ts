// A fair's dates never move into the past: an organiser cannot end a fair early, re-open an
// ended one or back-date its start (an ended fair's stock may go back to the places it came
// from, so ending one by hand would open that door early).
import { beforeAll, describe, expect, it } from "vitest"
import { expectJson, post } from "../../support/http"
import { createFair, organizer, organizerFetch, type TestFair } from "../../support/organizer-api"

const DAY = 864e5
let a: string
let b: string

const fairOf = async (token: string, fair: TestFair) =>
  (await expectJson(await organizerFetch(token, `/organizer/fairs/${fair.id}`), 200)).fair as {
    starts_at: string
    ends_at: string
    status: string
  }

const redate = (token: string, fair: TestFair, body: Record<string, unknown>) =>
  organizerFetch(token, `/organizer/fairs/${fair.id}`, post(body))

const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString()

beforeAll(async () => {
  ;[a, b] = [await organizer(), await organizer()]
})

describe("a fair's dates never move into the past", () => {
  it("an organiser cannot end a live fair early by moving its end into the past", async () => {
    const fair = await createFair(a, -1, 2)
    const before = await fairOf(a, fair)
    const res = await redate(a, fair, { ends_at: iso(-1000) })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.message).toMatch(/into the past/)
    expect(body.code).toBe("fair_date_in_past")
    const after = await fairOf(a, fair)
    expect(after).toMatchObject({ ends_at: before.ends_at, status: "live" })
  })

  it("an ended fair cannot be re-dated or re-opened", async () => {
    const fair = await createFair(a, -3, -1)
    const before = await fairOf(a, fair)
    expect(before.status).toBe("ended")
    for (const body of [
      { ends_at: iso(2 * DAY) },
      { starts_at: iso(DAY), ends_at: iso(3 * DAY) },
      { ends_at: iso(-2000) },
    ]) {
      const res = await redate(a, fair, body)
      expect(res.status).toBe(400)
      expect((await res.json()).code).toBe("fair_ended")
    }
    expect(await fairOf(a, fair)).toMatchObject({
      starts_at: before.starts_at,
      ends_at: before.ends_at,
      status: "ended",
    })
    // The rest of an ended fair's page may still be corrected.
    await expectJson(await redate(a, fair, { name: "Hội chợ đã qua (đã sửa tên)" }), 200)
  })

  it("an organiser cannot back-date an upcoming fair's start, nor move a live fair's start", async () => {
    const upcoming = await createFair(a, 5, 7)
    const live = await createFair(a, -1, 2)
    const [upcomingBefore, liveBefore] = [await fairOf(a, upcoming), await fairOf(a, live)]
    const backdated = await redate(a, upcoming, { starts_at: iso(-DAY) })
    expect(backdated.status).toBe(400)
    expect((await backdated.json()).code).toBe("fair_date_in_past")
    const restarted = await redate(a, live, { starts_at: iso(DAY) })
    expect(restarted.status).toBe(400)
    expect((await restarted.json()).code).toBe("fair_started")
    expect((await fairOf(a, upcoming)).starts_at).toBe(upcomingBefore.starts_at)
    expect((await fairOf(a, live)).starts_at).toBe(liveBefore.starts_at)
  })

  it("an upcoming or live fair may still move forward: later start, longer or shorter run", async () => {
    const upcoming = await createFair(a, 5, 7)
    const live = await createFair(a, -1, 2)
    const moved = await expectJson(
      await redate(a, upcoming, { starts_at: iso(6 * DAY), ends_at: iso(9 * DAY) }),
      200,
    )
    expect(new Date(moved.fair.starts_at).getTime()).toBeGreaterThan(Date.now() + 5 * DAY)
    const extended = await expectJson(await redate(a, live, { ends_at: iso(4 * DAY) }), 200)
    expect(new Date(extended.fair.ends_at).getTime()).toBeGreaterThan(Date.now() + 3 * DAY)
    // Sending the dates it already has is no change.
    const same = await fairOf(a, live)
    await expectJson(
      await redate(a, live, { starts_at: same.starts_at, ends_at: same.ends_at }),
      200,
    )
  })

  it("another organiser cannot re-date the fair at all", async () => {
    const fair = await createFair(a, -1, 2)
    const before = await fairOf(a, fair)
    const res = await redate(b, fair, { ends_at: iso(5 * DAY) })
    expect(res.status).toBe(404)
    expect((await fairOf(a, fair)).ends_at).toBe(before.ends_at)
  })

  it("a date that is not a date is a 400 and changes nothing", async () => {
    const fair = await createFair(a, -1, 2)
    const before = await fairOf(a, fair)
    for (const body of [{ ends_at: "not a date" }, { starts_at: iso(3 * DAY) }]) {
      const res = await redate(a, fair, body)
      expect(res.status).toBe(400)
      expect((await res.json()).message).toBeTruthy()
    }
    expect(await fairOf(a, fair)).toMatchObject({
      starts_at: before.starts_at,
      ends_at: before.ends_at,
    })
  })
})
