import type { Route } from "./+types/layout"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import styles from "#app/components/producer/producer.css?url"
import { SectionLayout } from "#app/components/section-layout.tsx"
import { sectionTexts } from "#app/lib/i18n/section-texts.server.ts"
import { sameLanguage } from "#app/lib/i18n/section-texts.ts"
import { portalStylesheets } from "#app/lib/portal/layout.ts"

/** Every portal page: its stylesheet and texts, signed in or not. */
export const links: Route.LinksFunction = () => portalStylesheets(styles)

export const shouldRevalidate = sameLanguage

export function loader({ context }: Route.LoaderArgs) {
  return sectionTexts("producer", context)
}

export default function ProducerLayout({ loaderData }: Route.ComponentProps) {
  return <SectionLayout ns="producer" className="portal" {...loaderData} />
}

/** Only this layout's own failure lands here, before the portal's texts are loaded. */
export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
