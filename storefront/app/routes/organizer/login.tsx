import type { Route } from "./+types/login"
import { OrganizerErrorBoundary } from "#app/components/organizer/error-boundary.tsx"
import { PortalLogin } from "#app/components/ui/portal-login.tsx"
import { organizerSignIn as door } from "#app/lib/organizer/auth.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { organizerPortal } from "#app/lib/portal/portals.ts"
import { signInAction, signInLoader } from "#app/lib/portal/sign-in.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The sign-in page; `?disabled` says the account was disabled (the portal signed it out). */
export function loader(args: Route.LoaderArgs) {
  return signInLoader(door, args)
}

/** Signs an organiser in with the backend's organiser login (portal kit). */
export function action(args: Route.ActionArgs) {
  return signInAction(door, args)
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  return <PortalLogin portal={organizerPortal} page={loaderData} signIn={actionData} />
}

export const ErrorBoundary = OrganizerErrorBoundary
