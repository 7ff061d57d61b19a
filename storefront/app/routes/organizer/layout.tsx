import { Outlet, type ShouldRevalidateFunctionArgs } from "react-router"
import type { Route } from "./+types/layout"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import staffStyles from "#app/components/staff/staff.css?url"
import { getLocale } from "#app/lib/i18n.server.ts"
import { organizerTexts } from "#app/lib/organizer/texts.server.ts"
import { usePortalTexts } from "#app/lib/portal/texts.ts"

/** Every organiser page: the portals' stylesheet (shared with the staff portal) and its texts. */
export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: staffStyles, precedence: "default" },
]

export function loader({ context }: Route.LoaderArgs) {
  const locale = getLocale(context)
  return { locale, texts: organizerTexts(locale) }
}

/** The texts do not change while the language stays the same. */
export function shouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.lang !== nextParams.lang
}

export default function OrganizerLayout({ loaderData: { locale, texts } }: Route.ComponentProps) {
  usePortalTexts("organizer", locale, texts)
  return (
    <div className="staff">
      <Outlet />
    </div>
  )
}

/** Only this layout's own failure lands here, before the organiser texts are loaded. */
export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
