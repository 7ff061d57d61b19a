import {
  authenticate,
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ORGANIZER_ACTOR } from "../../modules/ocop/lib/constants"
import { InvitationClaim } from "../invitation-claim"
import { portalCors } from "../producer/cors"
import {
  OrganizerAddEntries,
  OrganizerCounterSale,
  OrganizerCreateBooth,
  OrganizerCreateFair,
  OrganizerMoveStock,
  OrganizerReceipt,
  OrganizerUpdateFair,
} from "./validators"

const signedIn = authenticate(ORGANIZER_ACTOR, ["bearer", "session"])
const fair = "/organizer/fairs/:id"

/**
 * Fair organisers: every route signed in (but the claim, which needs the invitation's token);
 * fair ownership is checked per route.
 */
export const organizerMiddlewares: MiddlewareRoute[] = [
  { matcher: "/organizer*", middlewares: [portalCors] },
  {
    matcher: "/organizer/account/claim",
    method: "POST",
    middlewares: [validateAndTransformBody(InvitationClaim)],
  },
  { matcher: "/organizer/me", middlewares: [signedIn] },
  { matcher: "/organizer/fairs", method: "GET", middlewares: [signedIn] },
  {
    matcher: "/organizer/fairs",
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(OrganizerCreateFair)],
  },
  { matcher: fair, method: "GET", middlewares: [signedIn] },
  {
    matcher: fair,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(OrganizerUpdateFair)],
  },
  {
    matcher: `${fair}/booths`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(OrganizerCreateBooth)],
  },
  {
    matcher: `${fair}/entries`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(OrganizerAddEntries)],
  },
  { matcher: `${fair}/entries/:product_id`, method: "DELETE", middlewares: [signedIn] },
  { matcher: `${fair}/stock`, method: "GET", middlewares: [signedIn] },
  {
    matcher: `${fair}/stock`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(OrganizerMoveStock)],
  },
  {
    matcher: `${fair}/receipts`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(OrganizerReceipt)],
  },
  { matcher: `${fair}/sales`, method: "GET", middlewares: [signedIn] },
  {
    matcher: `${fair}/sales`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(OrganizerCounterSale)],
  },
]
