import type { LegalForm } from "@ocop/shared"
import type { ProducerInput } from "medusa-plugin-ocop/workflows"
import { communesOf } from "../geo/communes"
import type { Commune, Province } from "../geo/types"
import { Random } from "../lib/random"
import { ascii, capitalise, roundVnd, slug } from "../lib/text"
import { brandWords, personName } from "./names"
import type { SeedProduct } from "./products"
import { certificateResult, type ResultMix } from "./results"
import type { Kind, Specialty } from "./specialties/types"

/** How many producers and products to compose for one province from its specialties. */
export type Region = {
  province: Province
  specialties: readonly Specialty[]
  producers: number
  products: number
}

/** Handles and titles already used, so generated ones never collide with the showcase. */
export type Taken = { producers: Set<string>; products: Set<string>; titles: Set<string> }

export type Generated = { producers: ProducerInput[]; products: SeedProduct[] }

type Options = {
  /** Default catalogue: every title distinct. National: titles repeat across producers. */
  uniqueTitles: boolean
  results: ResultMix
}

type Maker = { producer: ProducerInput; commune: Commune; specialties: Specialty[]; factor: number }

/** Composes real-sounding producers and products; the same region always gives the same result. */
export function generateRegion(region: Region, taken: Taken, options: Options): Generated {
  const random = new Random(`catalogue/${region.province.name}/${region.products}`)
  const communes = communesOf(region.province)
  const village = region.specialties.filter((item) => item.communes?.length)
  const open = region.specialties.filter((item) => !item.communes?.length)
  const makers: Maker[] = []
  for (let i = 0; i < region.producers; i++) {
    const main = i < village.length ? village[i] : pickMain(random, open.length ? open : village)
    const commune = random.pick(communesFor(main, communes))
    const others = farm(main)
      ? open.filter(
          (item) => item !== main && farm(item) && item.districts.includes(commune.district),
        )
      : []
    // A farm sometimes grows a second crop; at national scale up to three, to reach 20,000.
    const extra = options.uniqueTitles ? (random.chance(0.3) ? 1 : 0) : random.int(0, 2)
    const specialties = [main, ...random.sample(others, extra)]
    const trade = specialties.length > 1 ? "Nông sản" : main.trade
    const producer = makeProducer(random, { ...main, trade }, commune, region.province, taken)
    makers.push({ producer, commune, specialties, factor: 0.9 + random.next() * 0.3 })
  }

  // Every producer makes one product; the rest go to producers with kinds left to make.
  const capacity = makers.map((maker) =>
    maker.specialties.reduce((sum, item) => sum + item.kinds.length, 0),
  )
  const counts = makers.map(() => 1)
  const room = makers.map((_, i) => i).filter((i) => capacity[i] > 1)
  for (let extra = region.products - makers.length; extra > 0 && room.length; extra--) {
    const slot = random.int(0, room.length - 1)
    const i = room[slot]
    counts[i]++
    if (counts[i] >= capacity[i]) room.splice(slot, 1)
  }
  const products: SeedProduct[] = []
  makers.forEach((maker, index) => {
    const kinds = maker.specialties.flatMap((item) =>
      item.kinds.map((kind) => [item, kind] as const),
    )
    let made = 0
    for (const [item, kind] of random.sample(kinds, kinds.length)) {
      if (made >= counts[index]) break
      const product = makeProduct(random, maker, item, kind, region.province, taken, options)
      if (!product) continue
      products.push(product)
      made++
    }
  })
  const used = new Set(products.map((product) => product.producer))
  return {
    producers: makers.map((maker) => maker.producer).filter((p) => used.has(p.handle)),
    products,
  }
}

/** Village tourism is a smaller trade than farming and crafts: drawn a third as often. */
const pickMain = (random: Random, specialties: readonly Specialty[]) =>
  specialties[
    random.weighted(specialties.map((item, i) => [i, item.group === "tourism" ? 1 : 3] as const))
  ]

/** Farms grow several crops; weavers, potters and village tourism stick to their one trade. */
const farm = (item: Specialty) =>
  item.group === "food" || item.group === "drink" || item.group === "herbal"

function communesFor(item: Specialty, communes: Commune[]): Commune[] {
  const inDistricts = communes.filter((commune) => item.districts.includes(commune.district))
  const chosen = item.communes?.length
    ? inDistricts.filter((commune) => item.communes!.includes(commune.name))
    : inDistricts
  if (!chosen.length) throw new Error(`No commune for specialty ${item.key}`)
  return chosen
}

function legalForm(random: Random, item: Specialty): LegalForm {
  if (item.group === "tourism") return random.chance(0.6) ? "cooperative_group" : "cooperative"
  return random.weighted<LegalForm>([
    ["cooperative", 40],
    ["enterprise", 20],
    ["household_business", 25],
    ["cooperative_group", 15],
  ])
}

function producerName(
  random: Random,
  form: LegalForm,
  item: Specialty,
  commune: Commune,
  province: Province,
) {
  const place = item.group === "tourism" ? item.vi : commune.name
  switch (form) {
    case "cooperative":
      return item.group === "tourism" || random.chance(0.7)
        ? `HTX ${item.trade} ${place}`
        : `HTX Nông nghiệp ${commune.name}`
    case "cooperative_group":
      return `Tổ hợp tác ${item.trade} ${place}`
    case "enterprise":
      return `Công ty TNHH ${item.trade} ${random.pick(brandWords)}`
    case "household_business":
      return `Hộ kinh doanh ${personName(random, province.name)}`
  }
}

function makeProducer(
  random: Random,
  item: Specialty,
  commune: Commune,
  province: Province,
  taken: Taken,
) {
  const form = legalForm(random, item)
  let name = producerName(random, form, item, commune, province)
  for (let attempt = 0; taken.producers.has(slug(name)) && attempt < 6; attempt++) {
    name = producerName(random, form, item, commune, province)
  }
  for (let n = 2; taken.producers.has(slug(name)); n++) name = `${name} ${n}`
  const handle = slug(name)
  taken.producers.add(handle)
  const members = random.int(7, 120)
  const since = random.int(1995, 2019)
  const story = producerStory(form, name, commune, members, since)
  const producer: ProducerInput = {
    handle,
    name,
    legal_form: form,
    registration_number: form === "household_business" ? null : registration(random, province),
    province: province.name,
    commune: commune.name,
    legacy_district: commune.district,
    address: `Thôn ${random.int(1, 12)}, ${commune.name}, ${province.name}`,
    email: `${handle.slice(0, 40).replace(/-+$/, "")}@ocop.vn`,
    story_vi: story.vi,
    story_en: story.en,
    latitude: commune.lat,
    longitude: commune.lng,
  }
  return producer
}

const taxPrefixes: Record<string, string> = {
  DLK: "600",
  QNM: "400",
  KTM: "610",
  LCU: "620",
  DBN: "560",
}

function registration(random: Random, province: Province) {
  const prefix = taxPrefixes[province.code] ?? String(random.int(100, 899))
  return `${prefix}${String(random.int(0, 9999999)).padStart(7, "0")}`
}

function producerStory(
  form: LegalForm,
  name: string,
  commune: Commune,
  members: number,
  since: number,
) {
  const place = `${commune.name}`
  const placeEn = ascii(commune.name)
  switch (form) {
    case "cooperative":
      return {
        vi: `${name} có ${members} thành viên ở ${place}, cùng làm theo một quy trình và dùng chung máy móc, kho bãi.`,
        en: `${name} brings together ${members} member households in ${placeEn}, sharing one process, machines and storage.`,
      }
    case "cooperative_group":
      return {
        vi: `Tổ hợp tác của ${Math.min(members, 30)} hộ ở ${place}, góp công và chia thu nhập theo ngày công.`,
        en: `A group of ${Math.min(members, 30)} households in ${placeEn}, pooling their work and sharing income by days worked.`,
      }
    case "enterprise":
      return {
        vi: `Doanh nghiệp thu mua theo hợp đồng từ ${members} hộ trong vùng và chế biến tại xưởng ở ${place}.`,
        en: `The company buys under contract from ${members} local households and processes at its workshop in ${placeEn}.`,
      }
    case "household_business":
      return {
        vi: `Gia đình làm nghề từ năm ${since} ở ${place}, tự tay làm từ khâu trồng đến đóng gói.`,
        en: `A family at the trade since ${since} in ${placeEn}, doing everything by hand from growing to packing.`,
      }
  }
}

const fill = (template: string, name: string) => capitalise(template.replace("{s}", name))

function titles(item: Specialty, kind: Kind, commune: Commune) {
  const vi = fill(kind.vi, item.vi)
  const en = fill(kind.en, item.en)
  const placed = item.withPlace && !vi.toLowerCase().includes(commune.name.toLowerCase())
  return placed
    ? { vi: `${vi} ${commune.name}`, en: `${en} from ${ascii(commune.name)}` }
    : { vi, en }
}

function makeProduct(
  random: Random,
  maker: Maker,
  item: Specialty,
  kind: Kind,
  province: Province,
  taken: Taken,
  options: Options,
): SeedProduct | undefined {
  const title = titles(item, kind, maker.commune)
  if (options.uniqueTitles && taken.titles.has(title.vi)) return undefined
  taken.titles.add(title.vi)
  let handle = slug(title.vi)
  for (let n = 2; taken.products.has(handle); n++) handle = `${slug(title.vi)}-${n}`
  taken.products.add(handle)

  const origin = {
    vi: `${maker.commune.name}, ${province.name}`,
    en: `${ascii(maker.commune.name)}, ${ascii(province.name)}`,
  }
  const producer = maker.producer
  const result = certificateResult(random, item.flagship, options.results)
  const service = item.group === "tourism"
  return {
    handle,
    producer: producer.handle,
    group: item.group,
    subgroup: kind.subgroup ?? item.subgroup,
    vi: {
      title: title.vi,
      description: `${item.story.vi} Sản phẩm của ${producer.name}.`,
      story: `<p>${item.story.vi}</p><p>${producer.story_vi}</p>`,
      origin: origin.vi,
    },
    en: {
      title: title.en,
      description: `${item.story.en} Made by ${producer.name}.`,
      story: `<p>${item.story.en}</p><p>${producer.story_en}</p>`,
      origin: origin.en,
    },
    variants: kind.variants.map(([variant, price, weight], i) => ({
      title: variant,
      sku: `${handle}-${i + 1}`.toUpperCase(),
      price: roundVnd(price * maker.factor, price >= 100000 ? 5000 : 1000),
      stock: service ? 0 : random.int(8, 90),
      weight,
    })),
    ...result,
  }
}
