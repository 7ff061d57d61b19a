import type { MedusaContainer } from "@medusajs/framework/types"
import { LOGIN_THROTTLE_MODULE } from "../modules/login-throttle"
import type LoginThrottleModuleService from "../modules/login-throttle/service"

/**
 * Login throttle counts in Postgres stay until they expire (a quiet day for an account, the
 * window for an address); expired ones are deleted every hour. Redis expires its own keys.
 */
export default async function pruneLoginThrottleJob(container: MedusaContainer) {
  const throttle = container.resolve<LoginThrottleModuleService>(LOGIN_THROTTLE_MODULE)
  const pruned = await throttle.pruneLoginCounts()
  if (pruned) container.resolve("logger").info(`[ocop] login throttle: ${pruned} expired count(s)`)
}

export const config = {
  name: "ocop-prune-login-throttle",
  schedule: "17 * * * *",
}
