import redisLoader from "@medusajs/locking-redis/dist/loaders"
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { LeasedRedisLockingProvider } from "./service"

/**
 * Medusa's Redis locking provider (its loader, its options) with short renewed leases, so a
 * lock held by a process that died frees itself within seconds (service.ts, decision 0031).
 */
export default ModuleProvider(Modules.LOCKING, {
  services: [LeasedRedisLockingProvider],
  loaders: [redisLoader],
})
