import {
  authenticate,
  validateAndTransformQuery,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { currentProducerId } from "../../lib/producer-context"
import { PRODUCER_ACTOR } from "../../modules/ocop/lib/constants"
import { ProducerInvitationClaim } from "../invitation-claim"
import { validateBody } from "../validate-body"
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
const listQuery = { defaults: ["id"], isList: true }

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
  {
    matcher: "/producer/account",
    method: "POST",
    middlewares: [
      authenticate(PRODUCER_ACTOR, ["bearer"], { allowUnregistered: true }),
      validateBody(ProducerRegister),
    ],
  },
  {
    matcher: "/producer/account/claim",
    method: "POST",
    middlewares: [validateBody(ProducerInvitationClaim)],
  },
  { matcher: "/producer/me", middlewares: [signedIn] },
  { matcher: "/producer/stock", middlewares: [signedIn] },
  { matcher: "/producer/reminders", middlewares: [signedIn] },
  {
    matcher: "/producer/orders",
    method: "GET",
    middlewares: [signedIn, validateAndTransformQuery(ProducerList, listQuery)],
  },
  {
    matcher: "/producer/products",
    method: "GET",
    middlewares: [signedIn, validateAndTransformQuery(ProducerList, listQuery)],
  },
  {
    matcher: "/producer/products",
    method: "POST",
    middlewares: [signedIn, validateBody(ProducerCreateProduct)],
  },
  { matcher: "/producer/products/:id", method: "GET", middlewares: [signedIn] },
  {
    matcher: "/producer/products/:id",
    method: "POST",
    middlewares: [signedIn, validateBody(ProducerUpdateProduct)],
  },
  {
    matcher: "/producer/products/:id/stories",
    method: "POST",
    middlewares: [signedIn, validateBody(ProducerUpsertStories)],
  },
  {
    matcher: "/producer/uploads",
    method: "POST",
    middlewares: [signedIn, approvedOnly, receivePhotos],
  },
]
