import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { PRODUCER_ACTOR, STAFF_ACTOR } from "../../../../modules/ocop/lib/constants"
import {
  AdminRecordConsignmentPayment,
  AdminSetPlaceCommission,
  AdminStatementQuery,
  StatementQuery,
} from "./validators"

const query = { defaults: ["id"], isList: false }

/**
 * Consignment statements for officers (every place), producers (their own) and staff (their
 * place's); officers record payments and set a place's commission.
 */
export const statementMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/ocop/statements",
    method: "GET",
    middlewares: [validateAndTransformQuery(AdminStatementQuery, query)],
  },
  {
    matcher: "/admin/ocop/statements/payments",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminRecordConsignmentPayment)],
  },
  {
    matcher: "/admin/ocop/places/:id/commission",
    method: "POST",
    middlewares: [validateAndTransformBody(AdminSetPlaceCommission)],
  },
  {
    matcher: "/producer/statements",
    method: "GET",
    middlewares: [
      authenticate(PRODUCER_ACTOR, ["bearer", "session"]),
      validateAndTransformQuery(StatementQuery, query),
    ],
  },
  {
    matcher: "/staff/places/:place_id/statements",
    method: "GET",
    middlewares: [
      authenticate(STAFF_ACTOR, ["bearer", "session"]),
      validateAndTransformQuery(StatementQuery, query),
    ],
  },
]
