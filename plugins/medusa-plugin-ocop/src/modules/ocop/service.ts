import { MedusaService } from "@medusajs/framework/utils"
import { Certification } from "./models/certification"
import { Fair } from "./models/fair"
import { FairBooth } from "./models/fair-booth"
import { FairEntry } from "./models/fair-entry"
import { Listing } from "./models/listing"
import { OrganizerUser } from "./models/organizer-user"
import { Place } from "./models/place"
import { Producer } from "./models/producer"
import { ProducerUser } from "./models/producer-user"
import { ProductStory } from "./models/product-story"
import { StaffAssignment } from "./models/staff-assignment"
import { StaffUser } from "./models/staff-user"
import { StockMovement } from "./models/stock-movement"
import { StockThreshold } from "./models/stock-threshold"
import { StockTransfer } from "./models/stock-transfer"

class OcopModuleService extends MedusaService({
  Producer,
  Listing,
  Certification,
  ProductStory,
  Place,
  ProducerUser,
  StaffUser,
  StaffAssignment,
  StockMovement,
  StockTransfer,
  StockThreshold,
  OrganizerUser,
  Fair,
  FairBooth,
  FairEntry,
}) {}

export default OcopModuleService
