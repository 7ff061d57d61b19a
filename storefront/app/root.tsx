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
import { retrieveCart } from "#app/lib/checkout/cart.server.ts"
import { getLocale, i18nextMiddleware, localeSegmentMiddleware } from "#app/lib/i18n/i18n.server.ts"
import { useNonce } from "#app/lib/core/nonce.ts"
import { getCartId, getCustomerToken } from "#app/lib/core/session.server.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { publicOrigin } from "#app/lib/core/site.server.ts"
import stylesHref from "#app/styles/app.css?url"

export const middleware: Route.MiddlewareFunction[] = [i18nextMiddleware, localeSegmentMiddleware]

export const links: Route.LinksFunction = () => [
  // `precedence` lets React put the stylesheet ahead of the module preloads it hoists into <head>.
  { rel: "stylesheet", href: stylesHref, precedence: "default" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
]

/** The header shows the cart's size and whether someone is signed in, on every page. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const [cartId, token] = await Promise.all([getCartId(request), getCustomerToken(request)])
  const cartCount = cartId
    ? await retrieveCart(cartId, locale, token).then(
        (cart) => cart?.item_count ?? 0,
        () => null,
      )
    : 0
  return { locale, origin: publicOrigin(request), cartCount, signedIn: token !== null }
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const data = useRouteLoaderData<typeof loader>("root")
  const navigating = useNavigation().state !== "idle"
  const nonce = useNonce()
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
        <SiteHeader cartCount={data?.cartCount ?? null} signedIn={data?.signedIn ?? false} />
        <main id="main" tabIndex={-1} aria-busy={navigating}>
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
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
