import type { Route } from "./+types/login"
import { PortalPageErrorBoundary } from "#app/components/portal/error-boundary.tsx"
import { PortalLogin } from "#app/components/ui/portal-login.tsx"
import { signInDoorOf } from "#app/lib/portal/doors-by-portal.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { portals } from "#app/lib/portal/portals.ts"
import { signInAction, signInLoader } from "#app/lib/portal/sign-in.server.ts"

/*
 * Every portal's sign-in page (producers, staff, organisers), mounted below each portal in
 * routes.ts: the portal is the one the page is below, its door the portal kit's.
 */

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The sign-in page; `?disabled` says the account was disabled (the portal signed it out). */
export function loader(args: Route.LoaderArgs) {
  return signInLoader(signInDoorOf(args.request), args)
}

/** Signs a user in with the backend's login for the portal (portal kit). */
export function action(args: Route.ActionArgs) {
  return signInAction(signInDoorOf(args.request), args)
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  return <PortalLogin portal={portals[loaderData.ns]} page={loaderData} signIn={actionData} />
}

export const ErrorBoundary = PortalPageErrorBoundary
