import { expect, test } from "vitest"
import { fairJsonLd } from "./seo.ts"
import type { FairDetail } from "@ocop/shared"

const fair: FairDetail = {
  id: "fair_1",
  slug: "hoi-cho-ca-phe",
  name: "Hội chợ OCOP cà phê",
  venue: "Quảng trường 10/3",
  province: "Đắk Lắk",
  starts_at: "2026-03-08T01:00:00.000Z",
  ends_at: "2026-03-12T14:00:00.000Z",
  status: "upcoming",
  description: null,
  place: null,
  booths: [],
  stock_left: null,
  where_to_buy: null,
}

test("a fair page describes an offline Event with its dates and venue", () => {
  const jsonLd = fairJsonLd(fair, "https://ocop.example/fairs/hoi-cho-ca-phe")
  expect(jsonLd).toMatchObject({
    "@type": "Event",
    name: "Hội chợ OCOP cà phê",
    startDate: "2026-03-08T01:00:00.000Z",
    endDate: "2026-03-12T14:00:00.000Z",
    location: {
      "@type": "Place",
      name: "Quảng trường 10/3",
      address: { addressRegion: "Đắk Lắk", addressCountry: "VN" },
    },
  })
  expect(jsonLd).not.toHaveProperty("description")
})
