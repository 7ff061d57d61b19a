import { Outlet, type ShouldRevalidateFunctionArgs } from "react-router"
import type { Route } from "./+types/layout"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import staffStyles from "#app/components/staff/staff.css?url"
import { getLocale } from "#app/lib/i18n/i18n.server.ts"
import { useStaffTexts } from "#app/lib/staff/i18n.ts"
import { staffTexts } from "#app/lib/staff/texts.server.ts"

/** Every staff page: its stylesheet (with the receipt's print rules) and texts. */
export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: staffStyles, precedence: "default" },
]

export function loader({ context }: Route.LoaderArgs) {
  const locale = getLocale(context)
  return { locale, texts: staffTexts(locale) }
}

/** The texts do not change while the language stays the same. */
export function shouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) {
  return currentParams.lang !== nextParams.lang
}

export default function StaffLayout({ loaderData: { locale, texts } }: Route.ComponentProps) {
  useStaffTexts(locale, texts)
  return (
    <div className="staff">
      <Outlet />
    </div>
  )
}

/** Only this layout's own failure lands here, before the staff texts are loaded. */
export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
