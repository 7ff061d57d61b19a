import { redirect, type RouterContextProvider } from "react-router"
import { getLocale } from "../i18n/i18n.server.ts"
import { portalHome, portalLoginPath, type Portal } from "./portals.ts"
import type { PortalSession } from "./session.server.ts"

type Args = { context: Readonly<RouterContextProvider>; request: Request }

/** Signing out forgets the portal's token; the shopper's and other portals' sessions stay. */
export async function signOutAction(portal: Portal, session: PortalSession, args: Args) {
  const signedIn = await session.getSession(args.request)
  return redirect(portalLoginPath(portal, getLocale(args.context)), {
    headers: { "Set-Cookie": await session.destroySession(signedIn) },
  })
}

/** Signing out is a form submission; a visit to the address goes to the portal. */
export function signOutLoader(portal: Portal, args: Pick<Args, "context">) {
  return redirect(portalHome(portal, getLocale(args.context)))
}
