import type { ProducerInput } from "medusa-plugin-ocop/workflows"
import { dakLak, dienBien, konTum, laiChau, quangNam } from "../geo/plan-provinces"
import { generateRegion, type Region, type Taken } from "./generate"
import { producers as showcaseProducers } from "./producers"
import { controlProducts, expiringSoon, products as showcase, type SeedProduct } from "./products"
import dakLakSpecialties from "./specialties/dak-lak.json"
import dienBienSpecialties from "./specialties/dien-bien.json"
import konTumSpecialties from "./specialties/kon-tum.json"
import laiChauSpecialties from "./specialties/lai-chau.json"
import quangNamSpecialties from "./specialties/quang-nam.json"
import { specialtiesFrom } from "./specialties/types"

/**
 * The provinces of the provincial plans, weighted towards Đắk Lắk whose targets the demo meets;
 * each with its specialties (đặc sản) and the products made from them, in `specialties/*.json`.
 */
export const planRegions: Region[] = [
  {
    province: dakLak,
    specialties: specialtiesFrom(dakLakSpecialties),
    producers: 66,
    products: 128,
  },
  {
    province: quangNam,
    specialties: specialtiesFrom(quangNamSpecialties),
    producers: 40,
    products: 72,
  },
  {
    province: konTum,
    specialties: specialtiesFrom(konTumSpecialties),
    producers: 16,
    products: 30,
  },
  {
    province: laiChau,
    specialties: specialtiesFrom(laiChauSpecialties),
    producers: 14,
    products: 26,
  },
  {
    province: dienBien,
    specialties: specialtiesFrom(dienBienSpecialties),
    producers: 14,
    products: 26,
  },
]

export type Catalogue = { producers: ProducerInput[]; products: SeedProduct[] }

/** Names in use before generating: the hand-written showcase comes first and keeps its names. */
export function takenBy(catalogue: Catalogue): Taken {
  return {
    producers: new Set(catalogue.producers.map((producer) => producer.handle)),
    products: new Set(catalogue.products.map((product) => product.handle)),
    titles: new Set(catalogue.products.map((product) => product.vi.title)),
  }
}

/**
 * The demo catalogue: the hand-written showcase and control cases, then products composed from
 * each plan province's specialties — ≥ 250 listable products from ≥ 150 producers.
 */
export function demoCatalogue(): Catalogue {
  const base: Catalogue = {
    producers: [...showcaseProducers],
    products: [...showcase, ...controlProducts, expiringSoon],
  }
  const taken = takenBy(base)
  for (const region of planRegions) {
    const generated = generateRegion(region, taken, {
      uniqueTitles: true,
      results: { unlisted: 0 },
    })
    base.producers.push(...generated.producers)
    base.products.push(...generated.products)
  }
  return base
}
