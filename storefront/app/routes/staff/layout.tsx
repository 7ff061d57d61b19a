import type { Route } from "./+types/layout"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { SectionLayout } from "#app/components/section-layout.tsx"
import { sectionTexts } from "#app/lib/i18n/section-texts.server.ts"
import { sameLanguage } from "#app/lib/i18n/section-texts.ts"
import { portalStyles } from "#app/lib/portal/layout.ts"

/** Every staff page: its stylesheet (with the receipt's print rules) and texts. */
export const links: Route.LinksFunction = portalStyles

export const shouldRevalidate = sameLanguage

export function loader({ context }: Route.LoaderArgs) {
  return sectionTexts("staff", context)
}

export default function StaffLayout({ loaderData }: Route.ComponentProps) {
  return <SectionLayout ns="staff" className="staff" {...loaderData} />
}

/** Only this layout's own failure lands here, before the staff texts are loaded. */
export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
