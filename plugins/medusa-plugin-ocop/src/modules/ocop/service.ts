import { MedusaService } from "@medusajs/framework/utils"
import { Certification } from "./models/certification"
import { Listing } from "./models/listing"
import { Place } from "./models/place"
import { Producer } from "./models/producer"
import { ProducerUser } from "./models/producer-user"
import { ProductStory } from "./models/product-story"

class OcopModuleService extends MedusaService({
  Producer,
  Listing,
  Certification,
  ProductStory,
  Place,
  ProducerUser,
}) {}

export default OcopModuleService
