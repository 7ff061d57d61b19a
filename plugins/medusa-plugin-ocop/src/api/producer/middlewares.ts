import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { currentProducerId } from "../../lib/producer-context"
import { PRODUCER_ACTOR } from "../../modules/ocop/lib/constants"
import { StatementQuery } from "../admin/ocop/statements/validators"
import { ProducerInvitationClaim } from "../invitation-claim"
import { ProducerApplyForBooth } from "../booth-application-validators"
import { validateBody } from "../validate-body"
import { oneQuery, routeTable } from "../route-table"
import { portalCors } from "./cors"
import { receivePhotos } from "./uploads/receive-photos"
import {
  ProducerCreateProduct,
  ProducerList,
  ProducerRegister,
  ProducerUpdateProduct,
  ProducerUpsertStories,
} from "./validators"

const signedIn = authenticate(PRODUCER_ACTOR, ["bearer", "session"])
/** Registration needs the registration token only; every other route a producer user. */
const registering = routeTable(
  [authenticate(PRODUCER_ACTOR, ["bearer"], { allowUnregistered: true })],
  validateBody,
)
const producer = routeTable([signedIn], validateBody)
const open = routeTable([], validateBody)

/** 403 for an account an officer has not approved, before its upload is read at all. */
async function approvedOnly(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  try {
    await currentProducerId(req)
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * The producer portal: every route signed in as a producer user (custom routes have no auth),
 * but registration (a registration token) and the claim of an invitation (its mailed token).
 */
export const producerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/producer*", middlewares: [portalCors] },
  registering("POST", "/producer/account", ProducerRegister),
  open("POST", "/producer/account/claim", ProducerInvitationClaim),
  { matcher: "/producer/me", middlewares: [signedIn] },
  { matcher: "/producer/stock", middlewares: [signedIn] },
  { matcher: "/producer/reminders", middlewares: [signedIn] },
  producer("GET", "/producer/orders", ProducerList),
  producer("GET", "/producer/products", ProducerList),
  producer("POST", "/producer/products", ProducerCreateProduct),
  producer("GET", "/producer/products/:id"),
  producer("POST", "/producer/products/:id", ProducerUpdateProduct),
  producer("POST", "/producer/products/:id/stories", ProducerUpsertStories),
  producer("GET", "/producer/statements", StatementQuery, oneQuery),
  producer("GET", "/producer/fairs"),
  producer("GET", "/producer/fairs/:id/applications"),
  producer("POST", "/producer/fairs/:id/applications", ProducerApplyForBooth),
  producer("GET", "/producer/applications"),
  producer("POST", "/producer/applications/:id/withdraw"),
  routeTable([signedIn, approvedOnly, receivePhotos])("POST", "/producer/uploads"),
]
