import type { RouterContextProvider } from "react-router"
import type { Seo } from "../catalogue/seo.ts"
import { getInstance } from "../i18n/i18n.server.ts"

/**
 * The meta of a private page (cart, checkout, account, sign-in): its title within the site's,
 * the site's description, and search engines kept out.
 */
export function privateSeo(context: Readonly<RouterContextProvider>, title: string): Seo {
  const { t } = getInstance(context)
  return { title: t("meta.title", { title }), description: t("meta.description"), noindex: true }
}
