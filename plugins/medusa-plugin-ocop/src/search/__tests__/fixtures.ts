// A small OCOP catalogue as search documents, built by the same code the index uses.
import type { ProductGroup } from "@ocop/shared"
import { toSearchDocument } from "../documents"

type Fixture = {
  id: string
  vi: string
  en: string
  producer: [handle: string, name: string]
  province: string
  group: ProductGroup
  stars: number
  price: number
  certified: string
  stock?: string[]
  listedUntil?: string
  story?: string
  origin?: string
}

export const FUTURE = "2030-01-01T00:00:00.000Z"

const fixtures: Fixture[] = [
  {
    id: "prod_01_robusta",
    vi: "Cà phê Robusta Buôn Ma Thuột rang xay",
    en: "Buon Ma Thuot Robusta ground coffee",
    producer: ["htx-ca-phe-bmt", "HTX Cà phê Buôn Ma Thuột"],
    province: "Đắk Lắk",
    group: "drink",
    stars: 5,
    price: 85000,
    certified: "2025-03-01T00:00:00.000Z",
    stock: ["sloc_daklak"],
  },
  {
    id: "prod_02_que",
    vi: "Quế Trà My thanh",
    en: "Tra My cinnamon sticks",
    producer: ["htx-que-tra-my", "HTX Quế Trà My"],
    province: "Quảng Nam",
    group: "herbal",
    stars: 5,
    price: 95000,
    certified: "2024-06-01T00:00:00.000Z",
    stock: ["sloc_quangnam"],
    origin: "Trà My, Quảng Nam",
  },
  {
    id: "prod_03_tinh_dau",
    vi: "Tinh dầu quế Trà My",
    en: "Tra My cinnamon essential oil",
    producer: ["htx-que-tra-my", "HTX Quế Trà My"],
    province: "Quảng Nam",
    group: "herbal",
    stars: 4,
    price: 85000,
    certified: "2025-01-15T00:00:00.000Z",
  },
  {
    id: "prod_04_mat_ong",
    vi: "Mật ong hoa cà phê Ea Kar",
    en: "Ea Kar coffee-blossom honey",
    producer: ["htx-mat-ong-ea-kar", "HTX Mật ong Ea Kar"],
    province: "Đắk Lắk",
    group: "food",
    stars: 4,
    price: 150000,
    certified: "2024-11-20T00:00:00.000Z",
    stock: ["sloc_daklak", "sloc_hanoi"],
  },
  {
    id: "prod_05_che",
    vi: "Chè Shan tuyết Tam Đường",
    en: "Tam Duong Shan tuyet tea",
    producer: ["htx-che-tam-duong", "HTX Chè Tam Đường"],
    province: "Lai Châu",
    group: "drink",
    stars: 4,
    price: 180000,
    certified: "2023-09-09T00:00:00.000Z",
  },
  {
    id: "prod_06_tho_cam",
    vi: "Khăn choàng thổ cẩm Cơ Tu",
    en: "Co Tu brocade shawl",
    producer: ["to-det-zara", "Tổ hợp tác dệt Zara"],
    province: "Quảng Nam",
    group: "handicraft",
    stars: 4,
    price: 450000,
    certified: "2025-05-05T00:00:00.000Z",
    story: "<p>Dệt tay bởi phụ nữ <strong>Cơ Tu</strong> ở Đông Giang&nbsp;&amp; Tây Giang.</p>",
  },
  {
    id: "prod_07_gao",
    vi: "Gạo Điện Biên Mường Thanh",
    en: "Muong Thanh rice from Dien Bien",
    producer: ["htx-gao-muong-thanh", "HTX Gạo Mường Thanh"],
    province: "Điện Biên",
    group: "food",
    stars: 3,
    price: 150000,
    certified: "2022-12-01T00:00:00.000Z",
  },
  {
    id: "prod_08_tra_thai",
    vi: "Trà xanh Tân Cương Thái Nguyên",
    en: "Tan Cuong green tea",
    producer: ["htx-tra-tan-cuong", "HTX Trà Tân Cương"],
    province: "Thái Nguyên",
    group: "drink",
    stars: 3,
    price: 120000,
    certified: "2024-02-02T00:00:00.000Z",
  },
  {
    id: "prod_09_expired",
    vi: "Cà phê chồn Buôn Ma Thuột",
    en: "Buon Ma Thuot weasel coffee",
    producer: ["htx-ca-phe-bmt", "HTX Cà phê Buôn Ma Thuột"],
    province: "Đắk Lắk",
    group: "drink",
    stars: 4,
    price: 400000,
    certified: "2021-01-01T00:00:00.000Z",
    listedUntil: "2024-01-01T00:00:00.000Z",
  },
]

/** The document of the product whose certificate lapsed: in the index, never in a result. */
export const EXPIRED_ID = "prod_09_expired"

export const catalogue = fixtures.map((fixture) =>
  toSearchDocument(
    {
      product_id: fixture.id,
      stars: fixture.stars,
      level: fixture.stars === 5 ? "national" : "provincial",
      product_group: fixture.group,
      province: fixture.province,
      price_from: fixture.price,
      certified_at: fixture.certified,
      listed_until: fixture.listedUntil ?? FUTURE,
      producer: { handle: fixture.producer[0], name: fixture.producer[1] },
    },
    {
      id: fixture.id,
      handle: fixture.id.replace(/_/g, "-"),
      title: fixture.vi,
      variants: [
        {
          manage_inventory: true,
          inventory_items: [
            {
              required_quantity: 1,
              inventory: {
                location_levels: (fixture.stock ?? []).map((location_id) => ({
                  location_id,
                  stocked_quantity: 10,
                  reserved_quantity: 0,
                })),
              },
            },
          ],
        },
      ],
    },
    [
      {
        product_id: fixture.id,
        locale: "vi",
        product_title: fixture.vi,
        product_description: null,
        title: fixture.vi,
        body: fixture.story ?? `<p>${fixture.vi}</p>`,
        origin_place: fixture.origin ?? null,
      },
      {
        product_id: fixture.id,
        locale: "en",
        product_title: fixture.en,
        product_description: null,
        title: fixture.en,
        body: `<p>${fixture.en}</p>`,
        origin_place: null,
      },
    ],
  ),
)
