import type { ExecArgs } from "@medusajs/framework/types"
import { setUpAccounts } from "./accounts"
import { controlProducts, expiringSoon, products } from "./catalogue/products"
import { loadCatalogue } from "./catalogue/load"
import { setUpCommerce } from "./commerce"

/**
 * The demo OCOP marketplace: run with `medusa exec` from backend/. Idempotent — everything is
 * looked up by handle, name or number first, so a second run changes nothing.
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve("logger")
  logger.info("[seed] store, region, sales channel, centre, delivery, API key")
  const commerce = await setUpCommerce(container)
  logger.info("[seed] demo accounts")
  await setUpAccounts(container)
  logger.info("[seed] producers, products, stories, certificates, stock")
  await loadCatalogue(container, commerce, [...products, ...controlProducts, expiringSoon])
  logger.info("[seed] done")
}
