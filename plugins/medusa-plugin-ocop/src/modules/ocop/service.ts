import { MedusaService } from "@medusajs/framework/utils"
import { Certification } from "./models/certification"
import { Listing } from "./models/listing"
import { Producer } from "./models/producer"
import { ProductStory } from "./models/product-story"

class OcopModuleService extends MedusaService({
  Producer,
  Listing,
  Certification,
  ProductStory,
}) {}

export default OcopModuleService
