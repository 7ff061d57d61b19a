import { portalApi } from "../portal/api.server.ts"
import { actorAuth } from "../portal/actor-auth.server.ts"
import type {
  FairSales,
  FairStockRow,
  OrganizerFair,
  OrganizerFairSummary,
  OrganizerUser,
} from "./types.ts"
import type {
  BoothBody,
  EntryBody,
  FairCreateBody,
  FairEditBody,
  MoveBody,
  SaleBody,
} from "./forms.ts"

/**
 * The organiser API (`/organizer/...`) and the organiser actor's auth routes. The organiser's
 * JWT comes from the portal's session cookie and is passed per call.
 */

const call = portalApi("Organizer API", 15_000)

const fairPath = (fairId: string, rest = "") =>
  `/organizer/fairs/${encodeURIComponent(fairId)}${rest}`

export const { logIn, claimAccount } = actorAuth<OrganizerUser>(call, "organizer")

export async function getMe(token: string, signal?: AbortSignal): Promise<OrganizerUser> {
  const { organizer_user } = await call<{ organizer_user: OrganizerUser }>("/organizer/me", {
    token,
    signal,
  })
  return organizer_user
}

export async function listFairs(token: string, signal?: AbortSignal) {
  const { fairs } = await call<{ fairs: OrganizerFairSummary[] }>("/organizer/fairs", {
    token,
    signal,
  })
  return fairs
}

export async function createFair(token: string, body: FairCreateBody) {
  const { fair } = await call<{ fair: { id: string } }>("/organizer/fairs", {
    token,
    method: "POST",
    body,
  })
  return fair
}

export async function getFair(token: string, fairId: string, signal?: AbortSignal) {
  const { fair } = await call<{ fair: OrganizerFair }>(fairPath(fairId), { token, signal })
  return fair
}

export function updateFair(token: string, fairId: string, body: FairEditBody) {
  return call(fairPath(fairId), { token, method: "POST", body })
}

export function addBooth(token: string, fairId: string, body: BoothBody) {
  return call(fairPath(fairId, "/booths"), { token, method: "POST", body })
}

export function addEntry(token: string, fairId: string, entry: EntryBody) {
  return call(fairPath(fairId, "/entries"), { token, method: "POST", body: { entries: [entry] } })
}

export async function getStock(token: string, fairId: string, signal?: AbortSignal) {
  const { stock } = await call<{ stock: FairStockRow[] }>(fairPath(fairId, "/stock"), {
    token,
    signal,
  })
  return stock
}

export function moveStock(token: string, fairId: string, move: MoveBody) {
  const { place_id, direction, variant_id, quantity } = move
  return call(fairPath(fairId, "/stock"), {
    token,
    method: "POST",
    body: { place_id, direction, items: [{ variant_id, quantity }] },
  })
}

export function sell(token: string, fairId: string, sale: SaleBody) {
  const { payment_method, variant_id, quantity } = sale
  return call(fairPath(fairId, "/sales"), {
    token,
    method: "POST",
    body: { payment_method, items: [{ variant_id, quantity }] },
  })
}

export function getSales(token: string, fairId: string, signal?: AbortSignal) {
  return call<FairSales>(fairPath(fairId, "/sales"), { token, signal })
}
