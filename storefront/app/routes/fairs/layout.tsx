import type { Route } from "./+types/layout"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import styles from "#app/components/fairs/fairs.css?url"
import { SectionLayout } from "#app/components/section-layout.tsx"
import { sectionTexts } from "#app/lib/i18n/section-texts.server.ts"
import { sameLanguage } from "#app/lib/i18n/section-texts.ts"

/** Every fair page: its stylesheet (print rules included) and its texts. */
export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: styles, precedence: "default" },
]

export const shouldRevalidate = sameLanguage

export function loader({ context }: Route.LoaderArgs) {
  return sectionTexts("fairs", context)
}

export default function FairsLayout({ loaderData }: Route.ComponentProps) {
  return <SectionLayout ns="fairs" {...loaderData} />
}

/** Only this layout's own failure lands here, before the fairs' texts are loaded. */
export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
