import { Outlet } from "react-router"
import type { Route } from "./+types/layout"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { organizerTexts } from "#app/lib/organizer/texts.server.ts"
import { portalStyles, portalTextsRevalidate } from "#app/lib/portal/layout.ts"
import { usePortalTexts } from "#app/lib/portal/texts.ts"

/** Every organiser page: the portals' stylesheet (shared with the staff portal) and its texts. */
export const links: Route.LinksFunction = portalStyles
export const shouldRevalidate = portalTextsRevalidate

export function loader({ context }: Route.LoaderArgs) {
  const locale = getLocale(context)
  return { locale, texts: organizerTexts(locale) }
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
