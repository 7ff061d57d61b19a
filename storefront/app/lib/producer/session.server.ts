import { portalSession } from "../portal/session.server.ts"
import { producerPortal } from "../portal/portals.ts"
import type { Notice } from "./notices.ts"

/** The producer portal's cookie (`ocop_producer`), made by the portal kit. */
export const producerSession = portalSession<Notice>(producerPortal)

export const {
  getSession: getProducerSession,
  commitSession: commitProducerSession,
  destroySession: destroyProducerSession,
  getToken: getProducerToken,
  redirectWithNotice: redirectWithProducerNotice,
  takeNotice: takeProducerNotice,
} = producerSession
