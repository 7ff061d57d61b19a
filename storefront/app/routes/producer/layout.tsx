import { Outlet, type ShouldRevalidateFunctionArgs } from "react-router"
import type { Route } from "./+types/layout"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import portalStyles from "#app/components/producer/producer.css?url"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { producerTexts } from "#app/lib/producer/texts.server.ts"
import { useProducerTexts } from "#app/lib/producer/i18n.ts"

/** Every portal page: its stylesheet and texts, signed in or not. */
export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: portalStyles, precedence: "default" },
]

export function loader({ context }: Route.LoaderArgs) {
  const locale = getLocale(context)
  return { locale, texts: producerTexts(locale) }
}

/** The texts do not change while the language stays the same. */
export function shouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.lang !== nextParams.lang
}

export default function ProducerLayout({ loaderData: { locale, texts } }: Route.ComponentProps) {
  useProducerTexts(locale, texts)
  return (
    <div className="portal">
      <Outlet />
    </div>
  )
}

/** Only this layout's own failure lands here, before the portal's texts are loaded. */
export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
