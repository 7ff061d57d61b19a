import {
  createCookieSessionStorage,
  redirect,
  type Session,
  type SessionStorage,
} from "react-router"
import { getEnv, type Env } from "../core/env.server.ts"
import type { Portal } from "./portals.ts"

export type PortalSessionData = {
  /** The portal user's Medusa JWT; it never leaves the server except in this signed cookie. */
  token: string
}

/** Medusa's JWTs live a day (`jwtExpiresIn`); the cookie does not outlive its token. */
export const portalSessionMaxAge = 60 * 60 * 24

/**
 * A portal's own cookie, apart from the shopper's `ocop_session` and the other portals': signing
 * out of one never signs out of another, and a portal token is never sent with a shopper's
 * requests. Secure whenever the site is public over https (STOREFRONT_URL), or in production
 * otherwise.
 */
export function portalCookieOptions(
  portal: Pick<Portal, "cookie">,
  env: Pick<Env, "SESSION_SECRET" | "STOREFRONT_URL">,
  nodeEnv: string | undefined,
) {
  return {
    name: portal.cookie,
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: env.STOREFRONT_URL ? env.STOREFRONT_URL.startsWith("https:") : nodeEnv === "production",
    secrets: env.SESSION_SECRET.split(",").map((secret) => secret.trim()),
    maxAge: portalSessionMaxAge,
  }
}

/**
 * A portal's session: the signed-in user's token and one-time notices (`Notice`: the portal's
 * own list). The cookie storage is made on first use, when the environment has been read.
 */
export function portalSession<Notice extends string>(portal: Pick<Portal, "cookie">) {
  type Storage = SessionStorage<PortalSessionData, { notice: Notice }>
  let storage: Storage | undefined
  const getStorage = (): Storage =>
    (storage ??= createCookieSessionStorage({
      cookie: portalCookieOptions(portal, getEnv(), process.env.NODE_ENV),
    }))
  const getSession = (request: Request) => getStorage().getSession(request.headers.get("Cookie"))
  type Session = Awaited<ReturnType<typeof getSession>>
  return {
    getSession,
    commitSession: (session: Session): Promise<string> => getStorage().commitSession(session),
    destroySession: (session: Session): Promise<string> => getStorage().destroySession(session),
    /** The signed-in user's token, if any. */
    getToken: async (request: Request): Promise<string | null> =>
      (await getSession(request)).get("token") ?? null,
    /**
     * To the next page with the notice it shows once ("received", "claimed"…); after a sign-in,
     * with the new `token` too.
     */
    redirectWithNotice: async (
      request: Request,
      notice: Notice,
      to: string,
      token?: string,
    ): Promise<Response> => {
      const session = await getSession(request)
      if (token) session.set("token", token)
      session.flash("notice", notice)
      return redirect(to, { headers: { "Set-Cookie": await getStorage().commitSession(session) } })
    },
    /** The notice the last action left, taken out of the session (send `headers` to do so). */
    takeNotice: async (request: Request) => {
      const session = await getSession(request)
      const notice = session.get("notice") ?? null
      const headers = notice
        ? { "Set-Cookie": await getStorage().commitSession(session) }
        : undefined
      return { notice, headers }
    },
  }
}

type AnySession = Session<PortalSessionData, { notice: string }>

/** What the portal kit uses of a portal's session, whatever the portal's notices. */
export interface PortalSession {
  getSession(request: Request): Promise<AnySession>
  commitSession(session: AnySession): Promise<string>
  destroySession(session: AnySession): Promise<string>
  getToken(request: Request): Promise<string | null>
}
