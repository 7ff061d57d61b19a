import type { MiddlewareRoute } from "@medusajs/framework/http"
import { STAFF_ACTOR } from "../../modules/ocop/lib/constants"
import { RecordTransferPayment } from "../admin/ocop/orders/validators"
import { StatementQuery } from "../admin/ocop/statements/validators"
import { invitedPortal } from "../invited-portal"
import { oneQuery } from "../route-table"
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

const { route: staff, opening } = invitedPortal(STAFF_ACTOR, "/staff")
const place = "/staff/places/:place_id"

/**
 * Centre and sales-point staff: every route signed in (but the claim, which needs the
 * invitation's token); place access is checked per route.
 */
export const staffMiddlewares: MiddlewareRoute[] = [
  ...opening,
  staff("GET", `${place}/stock`, StaffStockQuery),
  staff("POST", `${place}/receipts`, StaffReceipt),
  staff("POST", `${place}/stocktakes`, StaffStocktake),
  staff("GET", `${place}/counter-sales`, StaffList),
  staff("GET", `${place}/counter-sales/:id`),
  staff("GET", `${place}/producers`, StaffProducersQuery),
  staff("POST", `${place}/counter-sales`, StaffCounterSale),
  staff("POST", `${place}/counter-sales/:id/returns`, StaffCounterReturn),
  staff("GET", `${place}/shifts`, StaffList),
  staff("POST", `${place}/shifts`, StaffShiftOpen),
  staff("GET", `${place}/shifts/:shift_id`),
  staff("POST", `${place}/shifts/:shift_id/close`, StaffShiftClose),
  staff("GET", `${place}/transfers`),
  staff("POST", `${place}/transfers`, StaffTransfer),
  staff("POST", `${place}/transfers/:transfer_id/receive`),
  staff("GET", `${place}/orders`, StaffOrdersQuery),
  staff("GET", `${place}/orders/:id`),
  staff("POST", `${place}/orders/:id/status`, StaffOrderMove),
  staff("POST", `${place}/orders/:id/transfer-payment`, RecordTransferPayment),
  staff("GET", `${place}/movements`, StaffList),
  staff("GET", `${place}/statements`, StatementQuery, oneQuery),
]
