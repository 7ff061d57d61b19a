// Only a programme officer links places to a fair (the places its stock may come from and go
// back to); an organiser can neither link nor see other fairs' links, and a link names a fair and
// a place that exist.
import { beforeAll, describe, expect, it } from "vitest"
import { adminFetch } from "../../support/admin-api"
import { expectJson, post } from "../../support/http"
import { backendFetch } from "../../support/store-api"
import {
  createFair,
  linkPlace,
  organizer,
  organizerFetch,
  type TestFair,
} from "../../support/organizer-api"
import { createPlace } from "../../support/staff-api"

let a: string
let fair: TestFair
let centre: { id: string; name: string }
let other: { id: string }

const linked = async (fairId: string) =>
  (
    (await expectJson(await adminFetch(`/admin/ocop/fairs/${fairId}/places`), 200)).places as {
      id: string
    }[]
  ).map((place) => place.id)

beforeAll(async () => {
  a = await organizer()
  fair = await createFair(a, -1, 3)
  centre = await createPlace("Trung tâm liên kết hội chợ")
  other = await createPlace("Điểm bán chưa liên kết")
})

describe("only officers link places to fairs", () => {
  it("an officer links a place, lists it with the fair, and unlinks it", async () => {
    const { place } = await expectJson(await linkPlace(fair.id, centre.id), 201)
    expect(place).toMatchObject({ id: centre.id, name: centre.name })
    expect(await linked(fair.id)).toEqual([centre.id])
    const { fairs } = await expectJson(await adminFetch("/admin/ocop/fairs"), 200)
    const row = fairs.find((f: { id: string }) => f.id === fair.id)
    expect(row.linked_places.map((p: { id: string }) => p.id)).toEqual([centre.id])

    const again = await linkPlace(fair.id, centre.id)
    expect(again.status).toBe(400)
    expect(await linked(fair.id)).toEqual([centre.id])

    await expectJson(
      await adminFetch(`/admin/ocop/fairs/${fair.id}/places/${centre.id}`, { method: "DELETE" }),
      200,
    )
    expect(await linked(fair.id)).toEqual([])
    await expectJson(await linkPlace(fair.id, centre.id), 201)
  })

  it("an organiser cannot link a place, even to their own fair", async () => {
    const attempts = [
      organizerFetch(a, `/admin/ocop/fairs/${fair.id}/places`, post({ place_id: other.id })),
      organizerFetch(a, `/organizer/fairs/${fair.id}/places`, post({ place_id: other.id })),
      backendFetch(`/admin/ocop/fairs/${fair.id}/places`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ place_id: other.id }),
      }),
    ]
    for (const res of await Promise.all(attempts)) expect([401, 404]).toContain(res.status)
    expect(await linked(fair.id)).toEqual([centre.id])
  })

  it("a link names a fair and a place that exist; a fair ground supplies no fair", async () => {
    const unknownFair = await linkPlace("ocfr_does_not_exist", other.id)
    expect(unknownFair.status).toBe(404)
    const unknownPlace = await linkPlace(fair.id, "ocpl_does_not_exist")
    expect(unknownPlace.status).toBe(404)
    const ground = await linkPlace(fair.id, fair.place_id)
    expect(ground.status).toBe(400)
    expect((await ground.json()).message).toMatch(/fair ground/)
    const notLinked = await adminFetch(`/admin/ocop/fairs/${fair.id}/places/${other.id}`, {
      method: "DELETE",
    })
    expect(notLinked.status).toBe(404)
    expect((await adminFetch("/admin/ocop/fairs/ocfr_does_not_exist/places")).status).toBe(404)
    expect(await linked(fair.id)).toEqual([centre.id])
  })

  it("refuses bad input with a 400 and writes nothing", async () => {
    for (const body of [{}, { place_id: "" }, { place_id: 42 }, { place_id: other.id, extra: 1 }]) {
      const res = await adminFetch(`/admin/ocop/fairs/${fair.id}/places`, post(body))
      expect(res.status).toBe(400)
      expect((await res.json()).message).toBeTruthy()
    }
    expect(await linked(fair.id)).toEqual([centre.id])
  })
})
