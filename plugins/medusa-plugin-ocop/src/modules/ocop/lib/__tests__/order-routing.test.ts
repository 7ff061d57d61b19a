import { describe, expect, it } from "vitest"
import {
  rankForDelivery,
  routeDelivery,
  routePickup,
  RoutingError,
  sameProvince,
  type Availability,
  type RoutingLine,
  type RoutingPlace,
} from "../order-routing"

const place = (
  id: string,
  province: string,
  type: string,
  point?: [number, number],
): RoutingPlace => ({
  id,
  stock_location_id: `loc_${id}`,
  type,
  province,
  latitude: point?.[0] ?? null,
  longitude: point?.[1] ?? null,
})

const BMT: [number, number] = [12.68, 108.04]
const TAM_KY: [number, number] = [15.57, 108.47]
const HANOI: [number, number] = [21.03, 105.85]

const dakLakCentre = place("dl", "Đắk Lắk", "provincial_centre", BMT)
const dakLakPoint = place("dl-point", "Đắk Lắk", "sales_point", [12.7, 108.05])
const quangNamCentre = place("qn", "Quảng Nam", "provincial_centre", TAM_KY)
const haNoiShowroom = place("hn", "Hà Nội", "showroom", HANOI)
const fair = place("fair", "Đắk Lắk", "fair_ground", BMT)

const line = (item: string, quantity = 1, producer_province?: string): RoutingLine => ({
  order_item_id: `line_${item}`,
  variant_id: `variant_${item}`,
  inventory_item_id: `iitem_${item}`,
  quantity,
  producer_province,
})

function stock(rows: Record<string, Record<string, number>>): Availability {
  return new Map(
    Object.entries(rows).map(([placeId, items]) => [
      `loc_${placeId}`,
      new Map(Object.entries(items).map(([item, units]) => [`iitem_${item}`, units])),
    ]),
  )
}

const all = [dakLakCentre, dakLakPoint, quangNamCentre, haNoiShowroom, fair]
const ids = (route: ReturnType<typeof routeDelivery>) => route.parts.map((part) => part.place.id)

describe("where a delivery is served from", () => {
  it("is the place holding everything nearest the shipping province's provincial centre", () => {
    const available = stock({ "dl-point": { tea: 5 }, qn: { tea: 5 }, hn: { tea: 5 } })
    expect(ids(routeDelivery([line("tea")], all, available, { province: "Quảng Nam" }))).toEqual([
      "qn",
    ])
    expect(ids(routeDelivery([line("tea")], all, available, { province: "Đắk Lắk" }))).toEqual([
      "dl-point",
    ])
  })

  it("never sends from a fair ground", () => {
    const available = stock({ fair: { tea: 5 }, hn: { tea: 5 } })
    expect(ids(routeDelivery([line("tea")], all, available, { province: "Đắk Lắk" }))).toEqual([
      "hn",
    ])
  })

  it("prefers one place holding it all over nearer places holding parts", () => {
    const available = stock({ "dl-point": { tea: 5 }, hn: { tea: 5, rice: 5 } })
    const route = routeDelivery([line("tea"), line("rice")], all, available, {
      province: "Đắk Lắk",
    })
    expect(ids(route)).toEqual(["hn"])
  })

  it("without a point for the province, asks the producer's provincial centre first", () => {
    const available = stock({ hn: { tea: 5 }, qn: { tea: 5 }, dl: { tea: 5 } })
    const route = routeDelivery([line("tea", 1, "Quảng Nam")], all, available, {
      province: "Cà Mau",
    })
    expect(ids(route)).toEqual(["qn"])
  })

  it("splits into as few places as it can when none holds it all", () => {
    const available = stock({
      "dl-point": { tea: 5 },
      qn: { rice: 5, honey: 5 },
      hn: { tea: 5, rice: 5 },
    })
    const route = routeDelivery([line("tea"), line("rice"), line("honey")], all, available, {
      province: "Đắk Lắk",
    })
    expect(route.unserved).toEqual([])
    expect(route.parts).toHaveLength(2)
    const lines = Object.fromEntries(
      route.parts.map((part) => [part.place.id, part.lines.map((row) => row.variant_id)]),
    )
    expect(lines.qn).toEqual(["variant_rice", "variant_honey"])
    expect(Object.values(lines).flat().sort()).toEqual(
      ["variant_honey", "variant_rice", "variant_tea"].sort(),
    )
  })

  it("counts units: two lines of one item need the sum at one place", () => {
    const available = stock({ dl: { tea: 3 }, qn: { tea: 1 } })
    const route = routeDelivery(
      [line("tea", 2), { ...line("tea", 2), order_item_id: "x" }],
      all,
      available,
      {
        province: "Quảng Nam",
      },
    )
    expect(route.parts.map((part) => [part.place.id, part.lines.length])).toEqual([["dl", 1]])
    expect(route.unserved).toHaveLength(1)
  })

  it("leaves lines no place holds unserved, for the caller to decide", () => {
    const route = routeDelivery([line("tea")], all, stock({}), { province: "Đắk Lắk" })
    expect(route).toEqual({ parts: [], unserved: [line("tea")] })
  })

  it("ranks places without a map point after those with one", () => {
    const nowhere = place("nowhere", "Đắk Lắk", "local_centre")
    const ranked = rankForDelivery([nowhere, haNoiShowroom, dakLakCentre], { province: "Đắk Lắk" })
    expect(ranked.map((row) => row.id)).toEqual(["dl", "hn", "nowhere"])
  })
})

describe("a pickup", () => {
  it("is served by the chosen centre when it holds every line", () => {
    const available = stock({ dl: { tea: 2, rice: 1 } })
    expect(routePickup([line("tea", 2), line("rice")], dakLakCentre, available).parts).toEqual([
      { place: dakLakCentre, lines: [line("tea", 2), line("rice")] },
    ])
  })

  it("is refused when the centre lacks a line, even if another place holds it", () => {
    const available = stock({ dl: { tea: 1 }, qn: { tea: 9 } })
    expect(() => routePickup([line("tea", 2)], dakLakCentre, available)).toThrow(RoutingError)
  })
})

describe("province names", () => {
  it("match whatever the accents, case and 'Tỉnh' prefix", () => {
    expect(sameProvince("Tỉnh Đắk Lắk", "dak lak")).toBe(true)
    expect(sameProvince("Quảng Nam", "Quảng Ngãi")).toBe(false)
    expect(sameProvince("", "")).toBe(false)
  })
})
