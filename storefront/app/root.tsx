import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useNavigation,
  useRouteLoaderData,
} from "react-router"
import type { Route } from "./+types/root"
import { AlternateLinks } from "#app/components/alternate-links.tsx"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"
import { SiteFooter } from "#app/components/site-footer.tsx"
import { SiteHeader } from "#app/components/site-header.tsx"
import { getLocale, i18nextMiddleware, localeSegmentMiddleware } from "#app/lib/i18n.server.ts"
import { useLocale } from "#app/lib/use-locale.ts"
import stylesHref from "#app/styles/app.css?url"

export const middleware: Route.MiddlewareFunction[] = [i18nextMiddleware, localeSegmentMiddleware]

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
]

export function loader({ context, request }: Route.LoaderArgs) {
  return { locale: getLocale(context), origin: new URL(request.url).origin }
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const data = useRouteLoaderData<typeof loader>("root")
  const navigating = useNavigation().state !== "idle"
  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1d5b3a" />
        <Meta />
        <Links />
        {data ? <AlternateLinks origin={data.origin} /> : null}
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("nav.skipToContent")}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} aria-busy={navigating}>
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
