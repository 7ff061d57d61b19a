import { data, redirect, type RouterContextProvider } from "react-router"
import { forwardedClient } from "../core/edge.server.ts"
import { getLocale } from "../i18n/i18n.server.ts"
import { invitationTokenOf, isInvitationRefusal, type InvitationRefusal } from "./invitation.ts"
import { PortalApiError } from "./api.server.ts"
import { ClaimForm, fieldErrors, keptValues, type FieldErrors } from "../staff/forms.ts"
import { portalSeo, portalT } from "./meta.server.ts"
import { portalHome, type Portal } from "./portals.ts"
import type { PortalSession } from "./session.server.ts"

type Args = { context: Readonly<RouterContextProvider>; request: Request }

/** What a portal's invitation claim needs of it besides its session. */
export type ClaimDoor = {
  portal: Portal
  session: PortalSession
  /** Claims the account with the invitation's token; answers the account's email. */
  claim: (claim: { token: string; email: string; password: string }) => Promise<{ email: string }>
  logIn: (email: string, password: string, client: Record<string, string>) => Promise<string>
}

export type ClaimData = {
  values: Record<string, string>
  errors: FieldErrors
  refusal?: { status: number; message: string }
  invitation?: InvitationRefusal
}

/** The claim page: a signed-in user goes to the portal; the token comes from the link. `ns` names the portal. */
export async function claimLoader(door: Pick<ClaimDoor, "portal" | "session">, args: Args) {
  if (await door.session.getToken(args.request)) {
    throw redirect(portalHome(door.portal, getLocale(args.context)))
  }
  return {
    seo: portalSeo(args.context, portalT(args.context, door.portal.ns)("claim.title")),
    token: invitationTokenOf(args.request.url),
    ns: door.portal.ns,
  }
}

/**
 * Claims the account a programme officer opened, with the token of the invitation link (kept
 * in a hidden field): the invited email's login gets this password and the person is signed in,
 * with the portal's `claimed` notice.
 */
export async function claimAction(door: ClaimDoor, { context, request }: Args) {
  const form = await request.formData()
  const values = keptValues(form)
  const parsed = ClaimForm.safeParse({
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
    password_confirm: String(form.get("password_confirm") ?? ""),
  })
  if (!parsed.success)
    return data<ClaimData>({ values, errors: fieldErrors(parsed.error) }, { status: 400 })
  const { email, password } = parsed.data
  let token: string
  try {
    const account = await door.claim({ token: String(form.get("token") ?? ""), email, password })
    token = await door.logIn(account.email, password, forwardedClient(context))
  } catch (error) {
    if (!(error instanceof PortalApiError)) throw error
    if (isInvitationRefusal(error.code)) {
      return data<ClaimData>({ values, errors: {}, invitation: error.code }, { status: 403 })
    }
    const refusal = { status: error.status, message: error.message }
    return data<ClaimData>({ values, errors: {}, refusal }, { status: error.status })
  }
  const session = await door.session.getSession(request)
  session.set("token", token)
  session.flash("notice", "claimed")
  return redirect(portalHome(door.portal, getLocale(context)), {
    headers: { "Set-Cookie": await door.session.commitSession(session) },
  })
}
