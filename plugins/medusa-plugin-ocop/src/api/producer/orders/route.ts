import { producerOrders } from "./helpers"
import { ownPageRoute } from "../own-page"

export const GET = ownPageRoute(producerOrders)
