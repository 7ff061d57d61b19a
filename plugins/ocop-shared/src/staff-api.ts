/**
 * Staff accounts of the OCOP backend: what the officers' API (`/admin/ocop/staff-users`) and the
 * staff portal (`/staff/me`) both show; each adds what its readers need.
 */

import type { StaffUserStatus } from "./vocabulary.js"

/** A staff member's account at the centres and sales points. */
export type StaffUserAccount = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  status: StaffUserStatus
}
