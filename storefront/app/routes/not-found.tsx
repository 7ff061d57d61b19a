import { data } from "react-router"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"

/** Any path no other route matches: a 404 page with the site's header and footer. */
export function loader() {
  throw data(null, { status: 404 })
}

export default function NotFound() {
  return <GeneralErrorBoundary />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
