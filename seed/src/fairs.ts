import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addFairBoothWorkflow,
  addFairEntriesWorkflow,
  createFairWorkflow,
  linkFairPlaceWorkflow,
} from "medusa-plugin-ocop/workflows"
import { ORGANIZER_EMAIL } from "./roles"

const DAY = 24 * 3600 * 1000

/** Showcase products shown at every demo fair, one booth per producer. */
const SHOWCASE = [
  "ca-phe-robusta-buon-ma-thuot",
  "mat-ong-hoa-ca-phe-ea-kar",
  "que-tra-my-thanh",
  "tho-cam-zara-khan-choang",
  "che-shan-tuyet-tam-duong",
]

const FAIRS = [
  {
    slug: "hoi-cho-ocop-dak-lak-mua-xuan",
    name: "Hội chợ OCOP Đắk Lắk mùa xuân",
    name_en: "Dak Lak OCOP spring fair",
    venue: "Quảng trường 10/3",
    province: "Đắk Lắk",
    commune: "Buôn Ma Thuột",
    address: "Quảng trường 10/3, phường Buôn Ma Thuột",
    from: -60,
    days: 5,
  },
  {
    slug: "hoi-cho-ocop-tay-nguyen",
    name: "Hội chợ OCOP Tây Nguyên",
    name_en: "Central Highlands OCOP fair",
    venue: "Trung tâm Hội chợ Triển lãm Đắk Lắk",
    province: "Đắk Lắk",
    commune: "Tân Lập",
    address: "Đường Lê Duẩn, phường Tân Lập",
    from: -1,
    days: 6,
  },
  {
    slug: "hoi-cho-ocop-quang-nam",
    name: "Hội chợ OCOP Quảng Nam",
    name_en: "Quang Nam OCOP fair",
    venue: "Công viên 24/3",
    province: "Quảng Nam",
    commune: "Tam Kỳ",
    address: "Công viên 24/3, phường Tam Kỳ",
    from: 30,
    days: 4,
  },
]

/**
 * Three fairs of the demo organiser — one past, one running now, one upcoming — with booths, each
 * linked (as an officer would) to its province's OCOP centre, where its stock may come from.
 */
export async function loadFairs(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: organizers }, { data: known }, { data: listings }, { data: centres }] =
    await Promise.all([
      query.graph({
        entity: "organizer_user",
        fields: ["id"],
        filters: { email: ORGANIZER_EMAIL },
      }),
      query.graph({ entity: "fair", fields: ["slug"] }),
      query.graph({
        entity: "listing",
        fields: ["product_id", "producer_id", "product.handle"],
        filters: { listed: true },
        pagination: { take: 2000, skip: 0 },
      }),
      query.graph({
        entity: "place",
        fields: ["id", "province"],
        filters: { type: "provincial_centre" },
      }),
    ])
  const showcase = SHOWCASE.map((handle) =>
    listings.find((listing) => listing.product?.handle === handle),
  ).filter((listing): listing is NonNullable<typeof listing> => !!listing)
  let written = 0
  for (const fair of FAIRS.filter((f) => !known.some((row) => row.slug === f.slug))) {
    const starts = new Date(Date.now() + fair.from * DAY)
    const { from: _from, days, ...fields } = fair
    const { result } = await createFairWorkflow(container).run({
      input: {
        ...fields,
        organizer_id: organizers[0].id,
        starts_at: starts,
        ends_at: new Date(starts.getTime() + days * DAY),
        description_vi: `${fair.name}: sản phẩm OCOP 3–5 sao từ các chủ thể trong tỉnh.`,
        description_en: `${fair.name_en}: 3 to 5-star OCOP products from the province's producers.`,
      },
    })
    const centre = centres.find((place) => place.province === fair.province)
    if (centre) {
      await linkFairPlaceWorkflow(container).run({
        input: { fair_id: result.id, place_id: centre.id },
      })
    }
    const entries = []
    for (const [index, listing] of showcase.entries()) {
      const { result: booth } = await addFairBoothWorkflow(container).run({
        input: {
          fair_id: result.id,
          number: `A${String(index + 1).padStart(2, "0")}`,
          producer_id: listing.producer_id,
        },
      })
      entries.push({ product_id: listing.product_id, booth_id: booth.id })
    }
    if (entries.length) {
      await addFairEntriesWorkflow(container).run({ input: { fair_id: result.id, entries } })
    }
    written += 1 + entries.length + (centre ? 1 : 0)
  }
  return written
}
