import type { Route } from "./+types/login"
import { PortalErrorBoundary } from "#app/components/producer/portal-error-boundary.tsx"
import { PortalLogin } from "#app/components/ui/portal-login.tsx"
import { producerSignIn as door } from "#app/lib/producer/auth.server.ts"
import { portalMeta } from "#app/lib/portal/meta.ts"
import { producerPortal } from "#app/lib/portal/portals.ts"
import { signInAction, signInLoader } from "#app/lib/portal/sign-in.server.ts"

export const meta: Route.MetaFunction = ({ loaderData }) => portalMeta(loaderData?.seo)

/** The sign-in page; `?disabled` says the account was disabled (the portal signed it out). */
export function loader(args: Route.LoaderArgs) {
  return signInLoader(door, args)
}

/** Signs a producer user in with the backend's producer login (portal kit). */
export function action(args: Route.ActionArgs) {
  return signInAction(door, args)
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  return <PortalLogin portal={producerPortal} page={loaderData} signIn={actionData} />
}

export function ErrorBoundary() {
  return <PortalErrorBoundary container="container" />
}
