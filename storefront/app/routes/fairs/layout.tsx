import { Outlet, type ShouldRevalidateFunctionArgs } from "react-router"
import type { Route } from "./+types/layout"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import fairStyles from "#app/components/fairs/fairs.css?url"
import { fairTexts } from "#app/lib/fairs/texts.server.ts"
import { useFairTexts } from "#app/lib/fairs/i18n.ts"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"

/** Every fair page: its stylesheet (print rules included) and its texts. */
export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: fairStyles, precedence: "default" },
]

export function loader({ context }: Route.LoaderArgs) {
  const locale = getLocale(context)
  return { locale, texts: fairTexts(locale) }
}

/** The texts do not change while the language stays the same. */
export function shouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.lang !== nextParams.lang
}

export default function FairsLayout({ loaderData: { locale, texts } }: Route.ComponentProps) {
  useFairTexts(locale, texts)
  return <Outlet />
}

/** Only this layout's own failure lands here, before the fairs' texts are loaded. */
export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
