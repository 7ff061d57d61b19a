import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SlimPostgresSearchProvider } from "./service"

/**
 * Medusa's Postgres search provider with small rows (service.ts). Its migrations are Medusa's
 * own (re-exported under migrations/, where the module loader looks for a provider's).
 */
export default ModuleProvider(Modules.SEARCH, { services: [SlimPostgresSearchProvider] })
