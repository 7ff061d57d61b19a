// The portal kit's guard for a portal whose API's 403 means "this account is disabled"
// (Portal.forbidden): the person is signed out, and the login page says why, before any attempt
// and again when they try to sign in. Disabled here in the database, as an officer's action would.
import { expect, test } from "@playwright/test"
import { sql } from "../support/db"
import { createPlace, staffAccount } from "../support/staff-api"
import { submitStaffLogin } from "../support/staff-portal"

test.describe.configure({ timeout: 90_000 })

const DISABLED = "Tài khoản này đã bị khoá. Vui lòng liên hệ văn phòng OCOP của tỉnh."

test("a staff member whose account is disabled is signed out, and the login page says why", async ({
  page,
}) => {
  const place = await createPlace("Điểm bán của tài khoản bị khoá")
  const { email } = await staffAccount([place.id])
  await submitStaffLogin(page, email)
  await expect(page.getByRole("heading", { name: "Điểm bán của tôi" })).toBeVisible()

  await sql("update ocop_staff_user set status = 'disabled' where email = $1", [email])
  // The staff API refuses a disabled account's place pages with 403.
  await page.goto(`/staff/places/${place.id}`)
  await expect(page).toHaveURL(/\/staff\/login\?disabled/)
  await expect(page.getByRole("alert")).toHaveText(DISABLED)

  await submitStaffLogin(page, email)
  await expect(page).toHaveURL(/\/staff\/login/)
  await expect(page.getByRole("alert")).toHaveText(DISABLED)
})
