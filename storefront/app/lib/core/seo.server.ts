import type { RouterContextProvider } from "react-router"
import type { Seo } from "../catalogue/seo.ts"
import { getInstance, getLocale } from "../i18n/i18n.server.ts"
import { localizePath } from "../i18n/i18n.ts"
import { publicUrl } from "./site.server.ts"

/**
 * The meta of a private page (cart, checkout, account, sign-in): its title within the site's,
 * the site's description, and search engines kept out.
 */
export function privateSeo(context: Readonly<RouterContextProvider>, title: string): Seo {
  const { t } = getInstance(context)
  return { title: t("meta.title", { title }), description: t("meta.description"), noindex: true }
}

/**
 * The meta of a public listing (products, places): its title within the site's, its
 * description, and its address in the page's language as the one search engines index.
 */
export function listingSeo(
  context: Readonly<RouterContextProvider>,
  request: Request,
  page: "listing" | "places",
  path: string,
): Seo {
  const { t } = getInstance(context)
  return {
    title: t("meta.title", { title: t(`${page}.title`) }),
    description: t(`${page}.description`),
    canonical: publicUrl(request, localizePath(path, getLocale(context))),
  }
}
