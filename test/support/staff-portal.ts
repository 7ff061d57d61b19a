// The staff portal in a browser: signing in as a staff member opened by support/staff-api.ts.
import type { Page } from "@playwright/test"
import { submitPortalLogin } from "./portals"
import { STAFF_PASSWORD } from "./staff-api"

/** Fills the staff sign-in form and submits it; the caller asserts where it lands. */
export function submitStaffLogin(page: Page, email: string, password = STAFF_PASSWORD) {
  return submitPortalLogin(page, "staff", email, password)
}
