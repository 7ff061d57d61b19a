import type { RouterContextProvider } from "react-router"
import { getInstance } from "../i18n/i18n.server.ts"
import type { Portal } from "./portals.ts"

/** A portal's texts for a loader or action, in the page's language. */
export function portalT(context: Readonly<RouterContextProvider>, ns: Portal["ns"]) {
  return getInstance(context).getFixedT(null, ns)
}

/** A portal page's title, translated by its loader ("Tổng quan · OCOP Việt Nam"). */
export function portalSeo(context: Readonly<RouterContextProvider>, pageTitle: string) {
  return { title: getInstance(context).t("meta.title", { title: pageTitle }) }
}
