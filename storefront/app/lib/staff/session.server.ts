import { portalSession } from "../portal/session.server.ts"
import { staffPortal } from "../portal/portals.ts"
import type { StaffNotice } from "./paths.ts"

/** The staff portal's cookie (`ocop_staff`), made by the portal kit. */
export const staffSession = portalSession<StaffNotice>(staffPortal)

export const {
  getSession: getStaffSession,
  commitSession: commitStaffSession,
  destroySession: destroyStaffSession,
  getToken: getStaffToken,
  redirectWithNotice: redirectWithStaffNotice,
  takeNotice: takeStaffNotice,
} = staffSession
