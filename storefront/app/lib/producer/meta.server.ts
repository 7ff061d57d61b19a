import type { RouterContextProvider } from "react-router"
import { portalT } from "../portal/meta.server.ts"

export { portalSeo } from "../portal/meta.server.ts"

/** The producer portal's texts for a loader or action, in the page's language. */
export function producerT(context: Readonly<RouterContextProvider>) {
  return portalT(context, "producer")
}
