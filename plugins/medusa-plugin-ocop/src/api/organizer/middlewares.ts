import type { MiddlewareRoute } from "@medusajs/framework/http"
import { ORGANIZER_ACTOR } from "../../modules/ocop/lib/constants"
import {
  OrganizerAcceptApplication,
  OrganizerDeclineApplication,
} from "../booth-application-validators"
import { invitedPortal } from "../invited-portal"
import {
  OrganizerAddEntries,
  OrganizerCounterSale,
  OrganizerCreateBooth,
  OrganizerCreateFair,
  OrganizerMoveStock,
  OrganizerReceipt,
  OrganizerUpdateFair,
} from "./validators"

const { route: organizer, opening } = invitedPortal(ORGANIZER_ACTOR, "/organizer")
const fair = "/organizer/fairs/:id"

/**
 * Fair organisers: every route signed in (but the claim, which needs the invitation's token);
 * fair ownership is checked per route.
 */
export const organizerMiddlewares: MiddlewareRoute[] = [
  ...opening,
  organizer("GET", "/organizer/fairs"),
  organizer("POST", "/organizer/fairs", OrganizerCreateFair),
  organizer("GET", fair),
  organizer("POST", fair, OrganizerUpdateFair),
  organizer("POST", `${fair}/booths`, OrganizerCreateBooth),
  organizer("POST", `${fair}/entries`, OrganizerAddEntries),
  organizer("DELETE", `${fair}/entries/:product_id`),
  organizer("GET", `${fair}/stock`),
  organizer("POST", `${fair}/stock`, OrganizerMoveStock),
  organizer("POST", `${fair}/receipts`, OrganizerReceipt),
  organizer("GET", `${fair}/sales`),
  organizer("POST", `${fair}/sales`, OrganizerCounterSale),
  organizer("GET", `${fair}/applications`),
  organizer("POST", `${fair}/applications/:application_id/accept`, OrganizerAcceptApplication),
  organizer("POST", `${fair}/applications/:application_id/decline`, OrganizerDeclineApplication),
]
