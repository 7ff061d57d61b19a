import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { setUpAccounts } from "./accounts"
import { demoCatalogue } from "./catalogue/demo"
import { loadCatalogue } from "./catalogue/load"
import { nationalCatalogue } from "./catalogue/national"
import { Shelves } from "./catalogue/stock"
import { type Commerce, setUpCommerce, setUpDelivery } from "./commerce"
import { loadFairs } from "./fairs"
import { withoutSubscribers } from "./lib/quiet"
import { reindexLiveSearch } from "./lib/search"
import { DAK_LAK_CENTRE, dakLakNetwork } from "./network/dak-lak"
import { loadPlaces } from "./network/load"
import { nationalNetwork } from "./network/national"
import { setUpPickup } from "./network/pickup"
import { quangNamCentres } from "./network/quang-nam"
import { setUpRoleAccounts } from "./roles"
import { parseScale, type Scale } from "./scale"

/**
 * Subscribers that would redo, one event at a time, what the load does in batches: the search
 * index (rebuilt once at the end, or seeded by the backend on start), the plugin's listing
 * refresh on every new variant (recomputed when the certificates are recorded) and the fair
 * clean-up on every unlisted product (the fairs are loaded after the products they show). The
 * revocation email too: the control cases' revoked certificates are history, not news.
 */
const BULK_MUTED = [
  "search-ingestion",
  "refresh-listing-on-variant-change",
  "remove-delisted-from-fairs",
  "email-certification-revoked",
]

type Log = (message: string) => void

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
  const written = await withoutSubscribers(container, BULK_MUTED, () =>
    load(container, commerce, scale, log),
  )
  if (written) {
    const rebuilt = await reindexLiveSearch(container)
    if (rebuilt.length) log(`search rebuilt: ${rebuilt.join(", ")}`)
  }
  log(written ? `done: ${written} rows written` : "done: nothing to write")
}

async function load(container: MedusaContainer, commerce: Commerce, scale: Scale, log: Log) {
  const network = await loadPlaces(container, commerce, [...dakLakNetwork(), ...quangNamCentres()])
  const hub = network.places.find((place) => place.name === DAK_LAK_CENTRE)!
  await setUpDelivery(container, commerce, hub.locationId)
  const pickup = await setUpPickup(container, commerce, network.places)
  log(`showroom network: ${network.places.length} places, delivery and pickup`)

  const demo = demoCatalogue()
  const shelves = new Shelves(network.places, hub, () => true)
  const options = { batch: 50, concurrency: 4, progress: false, firstNumber: 0 }
  let written = network.written + pickup
  written += await loadCatalogue(container, commerce, demo, shelves, options, log)
  log(`demo catalogue: ${demo.products.length} products from ${demo.producers.length} producers`)
  await setUpRoleAccounts(container)
  written += await loadFairs(container)
  log("producer, staff and organiser accounts; three fairs")
  if (scale === "demo") return written

  const national = await loadPlaces(container, commerce, nationalNetwork(), true)
  const places = [...network.places, ...national.places]
  log(`national network: ${places.length} places`)
  const catalogue = nationalCatalogue(demo)
  const nationalShelves = new Shelves(places, hub, () => false)
  const bulk = { batch: 100, concurrency: 4, progress: true, firstNumber: demo.products.length }
  written += national.written
  written += await loadCatalogue(container, commerce, catalogue, nationalShelves, bulk, log)
  log(
    `national catalogue: ${catalogue.products.length} products from ${catalogue.producers.length} producers`,
  )
  return written
}
