import type { ProductGroup } from "@ocop/shared"

/** One packaging or size of a product: title, price in whole đồng, weight in grams. */
export type VariantSpec = readonly [title: string, price: number, weight?: number]

/**
 * A kind of product made from a specialty. `{s}` in the titles stands for the specialty's
 * name: "{s} rang xay" + "cà phê Robusta" → "Cà phê Robusta rang xay".
 */
export type Kind = {
  vi: string
  en: string
  variants: readonly VariantSpec[]
  subgroup?: string
}

/** A province's specialty (đặc sản): where it is made and the products made from it. */
export type Specialty = {
  key: string
  group: ProductGroup
  subgroup: string
  /** Word in producers' names: "HTX {trade} Ea Tiêu". */
  trade: string
  vi: string
  en: string
  /** Former districts where it is made; communes are drawn from them. */
  districts: readonly string[]
  /** Only these communes, when the specialty belongs to one village. */
  communes?: readonly string[]
  /** Whether product titles end with the commune (false when the name already says where). */
  withPlace: boolean
  /** Can reach the national council (5★). */
  flagship: boolean
  story: { vi: string; en: string }
  kinds: readonly Kind[]
}

type SpecialtyInput = Omit<Specialty, "withPlace" | "flagship" | "kinds"> & {
  withPlace?: boolean
  flagship?: boolean
  kinds: readonly (readonly [
    vi: string,
    en: string,
    variants: readonly VariantSpec[],
    subgroup?: string,
  ])[]
}

/** Compact constructor for the data files. */
export function specialty(input: SpecialtyInput): Specialty {
  return {
    ...input,
    withPlace: input.withPlace ?? true,
    flagship: input.flagship ?? false,
    kinds: input.kinds.map(([vi, en, variants, subgroup]) => ({ vi, en, variants, subgroup })),
  }
}

/** Packaging lists shared by many specialties. */
export const packs = {
  coffee: [
    ["250 g", 80000, 250],
    ["500 g", 150000, 500],
    ["1 kg", 285000, 1000],
  ],
  beans: [
    ["500 g", 165000, 500],
    ["1 kg", 310000, 1000],
  ],
  dripBags: [
    ["Hộp 10 gói", 95000, 150],
    ["Hộp 20 gói", 180000, 300],
  ],
  tea: [
    ["Gói 100 g", 120000, 100],
    ["Hộp 200 g", 225000, 220],
    ["Túi 500 g", 520000, 500],
  ],
  teaBags: [["Hộp 25 túi lọc", 65000, 80]],
  pepper: [
    ["Hũ 100 g", 40000, 100],
    ["Túi 250 g", 90000, 250],
    ["Túi 500 g", 170000, 500],
  ],
  honey: [
    ["Chai 500 ml", 150000, 700],
    ["Chai 1 lít", 280000, 1400],
  ],
  rice: [
    ["Túi 2 kg", 70000, 2000],
    ["Túi 5 kg", 165000, 5000],
    ["Bao 10 kg", 320000, 10000],
  ],
  fruit: [
    ["1 kg", 60000, 1000],
    ["Thùng 5 kg", 280000, 5000],
  ],
  driedFruit: [
    ["Túi 200 g", 65000, 200],
    ["Hộp 500 g", 150000, 500],
  ],
  nuts: [
    ["Túi 250 g", 95000, 250],
    ["Túi 500 g", 180000, 500],
    ["Hộp 1 kg", 340000, 1000],
  ],
  herbs: [
    ["Gói 100 g", 150000, 100],
    ["Hộp 250 g", 350000, 250],
  ],
  oil: [
    ["Chai 10 ml", 70000, 50],
    ["Chai 50 ml", 250000, 120],
  ],
  wine: [
    ["Chai 500 ml", 150000, 900],
    ["Chai 750 ml", 220000, 1300],
  ],
  jarWine: [
    ["Ché 2 lít", 250000, 3500],
    ["Ché 5 lít", 480000, 8000],
  ],
  shawl: [
    ["Khăn 40×180 cm", 350000, 250],
    ["Khăn 60×200 cm", 520000, 350],
  ],
  bag: [
    ["Cỡ nhỏ", 180000, 200],
    ["Cỡ lớn", 290000, 350],
  ],
  runner: [
    ["35×150 cm", 280000, 200],
    ["35×200 cm", 360000, 260],
  ],
  shirt: [
    ["Cỡ S", 650000, 300],
    ["Cỡ M", 650000, 320],
    ["Cỡ L", 680000, 340],
  ],
  basket: [
    ["Cỡ nhỏ", 90000, 300],
    ["Cỡ vừa", 140000, 450],
    ["Cỡ lớn", 210000, 700],
  ],
  pottery: [
    ["Cao 20 cm", 180000, 900],
    ["Cao 35 cm", 420000, 2200],
  ],
  orchid: [
    ["Chậu nhỏ", 180000, 800],
    ["Chậu lớn", 350000, 1800],
  ],
  bonsai: [
    ["Chậu 30 cm", 450000, 3000],
    ["Chậu 50 cm", 1200000, 8000],
  ],
  noodles: [
    ["Gói 500 g", 35000, 500],
    ["Thùng 10 gói", 330000, 5000],
  ],
  sauce: [
    ["Chai 500 ml", 75000, 700],
    ["Chai 1 lít", 135000, 1300],
  ],
  sweets: [
    ["Hộp 250 g", 55000, 250],
    ["Hộp 500 g", 100000, 500],
  ],
  dried: [
    ["Gói 250 g", 120000, 250],
    ["Gói 500 g", 230000, 500],
  ],
  dayTour: [
    ["1 người lớn", 450000],
    ["Trẻ em dưới 12 tuổi", 250000],
  ],
  stayTour: [
    ["1 người lớn", 950000],
    ["Trẻ em dưới 12 tuổi", 500000],
  ],
} as const satisfies Record<string, readonly VariantSpec[]>
