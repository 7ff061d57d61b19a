import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { STAFF_ACTOR } from "../../modules/ocop/lib/constants"
import { RecordTransferPayment } from "../admin/ocop/orders/validators"
import { InvitationClaim } from "../invitation-claim"
import { portalCors } from "../producer/cors"
import {
  StaffCounterReturn,
  StaffCounterSale,
  StaffList,
  StaffOrderMove,
  StaffOrdersQuery,
  StaffProducersQuery,
  StaffReceipt,
  StaffShiftClose,
  StaffShiftOpen,
  StaffStockQuery,
  StaffStocktake,
  StaffTransfer,
} from "./validators"

const signedIn = authenticate(STAFF_ACTOR, ["bearer", "session"])
const place = "/staff/places/:place_id"
const listQuery = { defaults: ["id"], isList: true }

/**
 * Centre and sales-point staff: every route signed in (but the claim, which needs the
 * invitation's token); place access is checked per route.
 */
export const staffMiddlewares: MiddlewareRoute[] = [
  { matcher: "/staff*", middlewares: [portalCors] },
  {
    matcher: "/staff/account/claim",
    method: "POST",
    middlewares: [validateAndTransformBody(InvitationClaim)],
  },
  { matcher: "/staff/me", middlewares: [signedIn] },
  {
    matcher: `${place}/stock`,
    method: "GET",
    middlewares: [signedIn, validateAndTransformQuery(StaffStockQuery, listQuery)],
  },
  {
    matcher: `${place}/receipts`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(StaffReceipt)],
  },
  {
    matcher: `${place}/stocktakes`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(StaffStocktake)],
  },
  {
    matcher: `${place}/counter-sales`,
    method: "GET",
    middlewares: [signedIn, validateAndTransformQuery(StaffList, listQuery)],
  },
  { matcher: `${place}/counter-sales/:id`, method: "GET", middlewares: [signedIn] },
  {
    matcher: `${place}/producers`,
    method: "GET",
    middlewares: [signedIn, validateAndTransformQuery(StaffProducersQuery, listQuery)],
  },
  {
    matcher: `${place}/counter-sales`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(StaffCounterSale)],
  },
  {
    matcher: `${place}/counter-sales/:id/returns`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(StaffCounterReturn)],
  },
  {
    matcher: `${place}/shifts`,
    method: "GET",
    middlewares: [signedIn, validateAndTransformQuery(StaffList, listQuery)],
  },
  {
    matcher: `${place}/shifts`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(StaffShiftOpen)],
  },
  { matcher: `${place}/shifts/:shift_id`, method: "GET", middlewares: [signedIn] },
  {
    matcher: `${place}/shifts/:shift_id/close`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(StaffShiftClose)],
  },
  { matcher: `${place}/transfers`, method: "GET", middlewares: [signedIn] },
  {
    matcher: `${place}/transfers`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(StaffTransfer)],
  },
  { matcher: `${place}/transfers/:transfer_id/receive`, method: "POST", middlewares: [signedIn] },
  {
    matcher: `${place}/orders`,
    method: "GET",
    middlewares: [signedIn, validateAndTransformQuery(StaffOrdersQuery, listQuery)],
  },
  { matcher: `${place}/orders/:id`, method: "GET", middlewares: [signedIn] },
  {
    matcher: `${place}/orders/:id/status`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(StaffOrderMove)],
  },
  {
    matcher: `${place}/orders/:id/transfer-payment`,
    method: "POST",
    middlewares: [signedIn, validateAndTransformBody(RecordTransferPayment)],
  },
  {
    matcher: `${place}/movements`,
    method: "GET",
    middlewares: [signedIn, validateAndTransformQuery(StaffList, listQuery)],
  },
]
