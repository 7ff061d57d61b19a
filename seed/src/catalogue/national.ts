import { nationalProvinces } from "../geo/national"
import { asProvince } from "../geo/national-province"
import type { Catalogue } from "./demo"
import { takenBy } from "./demo"
import { generateRegion } from "./generate"
import { fromTemplate } from "./specialties/templates"

const PRODUCTS = 20_500
const PRODUCERS = 8_000

/**
 * The national catalogue for benchmarks: ≥ 20,000 products from ≥ 8,000 producers spread evenly
 * over the 34 provinces, about 80 % listable (the rest 1–2★ results, expired or revoked).
 */
export function nationalCatalogue(demo: Catalogue): Catalogue {
  const taken = takenBy(demo)
  const result: Catalogue = { producers: [], products: [] }
  const share = (total: number) => Math.ceil(total / nationalProvinces.length)
  for (const national of nationalProvinces) {
    const province = asProvince(national)
    const districts = province.districts.map((district) => district.name)
    const generated = generateRegion(
      {
        province,
        specialties: national.specialties.map((item) =>
          fromTemplate(national.name, item, districts),
        ),
        producers: share(PRODUCERS),
        products: share(PRODUCTS),
      },
      taken,
      { uniqueTitles: false, results: { unlisted: 0.2 } },
    )
    result.producers.push(...generated.producers)
    result.products.push(...generated.products)
  }
  return result
}
