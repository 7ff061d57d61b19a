import type { RouterContextProvider } from "react-router"
import { portalT } from "../portal/meta.server.ts"

export { portalSeo as staffSeo } from "../portal/meta.server.ts"

/** The staff portal's texts for a loader or action, in the page's language. */
export function staffT(context: Readonly<RouterContextProvider>) {
  return portalT(context, "staff")
}
