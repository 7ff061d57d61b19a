import { portalApi, type PageQuery } from "../portal/api.server.ts"
import { actorAuth } from "../portal/actor-auth.server.ts"
import type {
  CounterReturnBody,
  CounterSaleBody,
  ReceiptBody,
  ShiftCloseBody,
  ShiftOpenBody,
  StocktakeBody,
  TransferBody,
} from "./forms.ts"
import type { OrderAssignmentStatus } from "@ocop/shared"
import type {
  CounterSale,
  CounterSalePage,
  CounterShift,
  CounterShiftPage,
  MovementPage,
  PlaceOrder,
  PlaceOrderPage,
  ReceivablePage,
  ShelfRow,
  StaffMe,
  StaffUser,
  StockTransfer,
} from "./types.ts"

/**
 * The staff API (`/staff/...`) and the staff actor's auth routes. A staff member's JWT comes
 * from the staff portal's session cookie and is passed per call.
 */

const call = portalApi("Staff API", 15_000)

const placePath = (placeId: string, rest = "") =>
  `/staff/places/${encodeURIComponent(placeId)}${rest}`

// Auth ------------------------------------------------------------------------------------------

export const { logIn, claimAccount } = actorAuth<StaffUser>(call, "staff")

export function getMe(token: string, signal?: AbortSignal): Promise<StaffMe> {
  return call<StaffMe>("/staff/me", { token, signal })
}

// A place's shelf -------------------------------------------------------------------------------

export async function listShelf(token: string, placeId: string, q = "", signal?: AbortSignal) {
  const { stock } = await call<{ stock: ShelfRow[] }>(placePath(placeId, "/stock"), {
    token,
    query: { q },
    signal,
  })
  return stock
}

/** Producers whose goods this place can receive: by name or product title, or one by id. */
export function listReceivable(
  token: string,
  placeId: string,
  params: { q?: string; producer_id?: string; limit: number; offset?: number },
  signal?: AbortSignal,
) {
  return call<ReceivablePage>(placePath(placeId, "/producers"), { token, query: params, signal })
}

export function receiveGoods(token: string, placeId: string, body: ReceiptBody) {
  return call<unknown>(placePath(placeId, "/receipts"), { method: "POST", token, body })
}

export function recordStocktake(token: string, placeId: string, body: StocktakeBody) {
  return call<unknown>(placePath(placeId, "/stocktakes"), { method: "POST", token, body })
}

export async function sellAtCounter(token: string, placeId: string, body: CounterSaleBody) {
  const { counter_sale } = await call<{ counter_sale: CounterSale }>(
    placePath(placeId, "/counter-sales"),
    { method: "POST", token, body },
  )
  return counter_sale
}

export function listCounterSales(
  token: string,
  placeId: string,
  page: PageQuery,
  signal?: AbortSignal,
) {
  return call<CounterSalePage>(placePath(placeId, "/counter-sales"), { token, query: page, signal })
}

export async function getCounterSale(
  token: string,
  placeId: string,
  id: string,
  signal?: AbortSignal,
) {
  const { counter_sale } = await call<{ counter_sale: CounterSale }>(
    placePath(placeId, `/counter-sales/${encodeURIComponent(id)}`),
    { token, signal },
  )
  return counter_sale
}

/** Goods of a counter sale brought back (refund or exchange); the sale's receipt as it reads now. */
export async function returnCounterSale(
  token: string,
  placeId: string,
  orderId: string,
  body: CounterReturnBody,
) {
  const { counter_sale } = await call<{ counter_sale: CounterSale }>(
    placePath(placeId, `/counter-sales/${encodeURIComponent(orderId)}/returns`),
    { method: "POST", token, body },
  )
  return counter_sale
}

// The counter's shifts ----------------------------------------------------------------------------

export function listShifts(token: string, placeId: string, page: PageQuery, signal?: AbortSignal) {
  return call<CounterShiftPage>(placePath(placeId, "/shifts"), { token, query: page, signal })
}

export async function getShift(
  token: string,
  placeId: string,
  shiftId: string,
  signal?: AbortSignal,
) {
  const { shift } = await call<{ shift: CounterShift }>(
    placePath(placeId, `/shifts/${encodeURIComponent(shiftId)}`),
    { token, signal },
  )
  return shift
}

export async function openShift(token: string, placeId: string, body: ShiftOpenBody) {
  const { shift } = await call<{ shift: CounterShift }>(placePath(placeId, "/shifts"), {
    method: "POST",
    token,
    body,
  })
  return shift
}

export async function closeShift(
  token: string,
  placeId: string,
  shiftId: string,
  body: ShiftCloseBody,
) {
  const { shift } = await call<{ shift: CounterShift }>(
    placePath(placeId, `/shifts/${encodeURIComponent(shiftId)}/close`),
    { method: "POST", token, body },
  )
  return shift
}

export async function listTransfers(token: string, placeId: string, signal?: AbortSignal) {
  const { transfers } = await call<{ transfers: StockTransfer[] }>(
    placePath(placeId, "/transfers"),
    { token, signal },
  )
  return transfers
}

export function sendTransfer(token: string, placeId: string, body: TransferBody) {
  return call<unknown>(placePath(placeId, "/transfers"), { method: "POST", token, body })
}

export function confirmArrival(token: string, placeId: string, transferId: string) {
  return call<unknown>(placePath(placeId, `/transfers/${encodeURIComponent(transferId)}/receive`), {
    method: "POST",
    token,
    body: {},
  })
}

export function listMovements(
  token: string,
  placeId: string,
  page: PageQuery,
  signal?: AbortSignal,
) {
  return call<MovementPage>(placePath(placeId, "/movements"), { token, query: page, signal })
}

// A place's online orders ----------------------------------------------------------------------

export function listPlaceOrders(
  token: string,
  placeId: string,
  params: { status?: OrderAssignmentStatus; limit: number; offset: number },
  signal?: AbortSignal,
) {
  return call<PlaceOrderPage>(placePath(placeId, "/orders"), { token, query: params, signal })
}

export async function getPlaceOrder(
  token: string,
  placeId: string,
  id: string,
  signal?: AbortSignal,
) {
  const { order } = await call<{ order: PlaceOrder }>(
    placePath(placeId, `/orders/${encodeURIComponent(id)}`),
    { token, signal },
  )
  return order
}

/** One step in the queue, with what it needs (carrier and tracking, pickup code, reason). */
export function movePlaceOrder(
  token: string,
  placeId: string,
  id: string,
  body: { status: OrderAssignmentStatus } & Record<string, string>,
) {
  return call<{ order: PlaceOrder }>(
    placePath(placeId, `/orders/${encodeURIComponent(id)}/status`),
    { method: "POST", token, body },
  )
}
