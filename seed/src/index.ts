import type { ExecArgs } from "@medusajs/framework/types"
import { setUpAccounts } from "./accounts"
import { demoCatalogue } from "./catalogue/demo"
import { loadCatalogue } from "./catalogue/load"
import { nationalCatalogue } from "./catalogue/national"
import { Shelves } from "./catalogue/stock"
import { setUpCommerce, setUpDelivery } from "./commerce"
import { DAK_LAK_CENTRE, dakLakNetwork } from "./network/dak-lak"
import { loadPlaces } from "./network/load"
import { nationalNetwork } from "./network/national"
import { setUpPickup } from "./network/pickup"
import { quangNamCentres } from "./network/quang-nam"
import { parseScale } from "./scale"

/**
 * The OCOP marketplace's data, run with `medusa exec ../seed/src/index.ts [national]` from
 * backend/. Idempotent: everything is looked up by handle, name or number first, so a second run
 * changes nothing. The demo: Đắk Lắk's showroom network and Quảng Nam's centres, ≥ 250 listed
 * products from ≥ 150 producers, control cases and demo accounts. `national` adds the benchmark
 * catalogue (≥ 20,000 products, ≥ 8,000 producers, ≥ 3,000 places in 34 provinces).
 */
export default async function seed({ container, args }: ExecArgs) {
  const scale = parseScale(args ?? [], process.env.OCOP_SEED_SCALE)
  const logger = container.resolve("logger")
  const started = Date.now()
  const log = (message: string) =>
    logger.info(`[seed] ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`)

  const commerce = await setUpCommerce(container)
  await setUpAccounts(container)
  log("store, region, sales channel, API key, demo accounts")

  const places = await loadPlaces(container, commerce, [...dakLakNetwork(), ...quangNamCentres()])
  const hub = places.find((place) => place.name === DAK_LAK_CENTRE)!
  await setUpDelivery(container, commerce, hub.locationId)
  await setUpPickup(container, commerce, places)
  log(`showroom network: ${places.length} places, delivery and pickup`)

  const demo = demoCatalogue()
  const demoOptions = { batch: 50, concurrency: 4, progress: false }
  await loadCatalogue(
    container,
    commerce,
    demo,
    new Shelves(places, hub, () => true),
    demoOptions,
    log,
  )
  log(`demo catalogue: ${demo.products.length} products from ${demo.producers.length} producers`)

  if (scale === "national") {
    const national = [
      ...places,
      ...(await loadPlaces(container, commerce, nationalNetwork(), true)),
    ]
    log(`national network: ${national.length} places`)
    const catalogue = nationalCatalogue(demo)
    const options = { batch: 100, concurrency: 4, progress: true }
    await loadCatalogue(
      container,
      commerce,
      catalogue,
      new Shelves(national, hub, () => false),
      options,
      log,
    )
    log(
      `national catalogue: ${catalogue.products.length} products from ${catalogue.producers.length} producers`,
    )
  }
  log("done")
}
