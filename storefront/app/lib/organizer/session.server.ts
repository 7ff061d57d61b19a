import { organizerPortal } from "../portal/portals.ts"
import { portalSession } from "../portal/session.server.ts"
import type { OrganizerNotice } from "./paths.ts"

/** The organiser portal's cookie (`ocop_organizer`), made by the portal kit. */
export const organizerSession = portalSession<OrganizerNotice>(organizerPortal)
