import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchProvider } from "./service"

/** Search Module provider for Meilisearch; registered in medusa-config when MEILISEARCH_HOST is set. */
export default ModuleProvider(Modules.SEARCH, {
  services: [MeilisearchSearchProvider],
})
