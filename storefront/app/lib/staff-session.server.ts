import { createCookieSessionStorage, type SessionStorage } from "react-router"
import { getEnv } from "./env.server.ts"
import { producerCookieOptions, producerSessionMaxAge } from "./producer-session.server.ts"
import type { StaffNotice } from "./staff-paths.ts"

export type StaffSessionData = {
  /** The staff member's Medusa JWT; it never leaves the server except in this signed cookie. */
  token: string
}
type FlashData = { notice: StaffNotice }

/**
 * The staff portal's own cookie, apart from the shopper's and the producer's: signing out of
 * one never signs out of another. Same flags and lifetime as the producer portal's cookie.
 */
export function staffCookieOptions(...args: Parameters<typeof producerCookieOptions>) {
  return { ...producerCookieOptions(...args), name: "ocop_staff", maxAge: producerSessionMaxAge }
}

let storage: SessionStorage<StaffSessionData, FlashData> | undefined

function getStorage() {
  storage ??= createCookieSessionStorage<StaffSessionData, FlashData>({
    cookie: staffCookieOptions(getEnv(), process.env.NODE_ENV),
  })
  return storage
}

export function getStaffSession(request: Request) {
  return getStorage().getSession(request.headers.get("Cookie"))
}

export type StaffSession = Awaited<ReturnType<typeof getStaffSession>>

export function commitStaffSession(session: StaffSession): Promise<string> {
  return getStorage().commitSession(session)
}

export function destroyStaffSession(session: StaffSession): Promise<string> {
  return getStorage().destroySession(session)
}

/** The signed-in staff member's token, if any. */
export async function getStaffToken(request: Request): Promise<string | null> {
  return (await getStaffSession(request)).get("token") ?? null
}
