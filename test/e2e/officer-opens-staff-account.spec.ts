// An officer opens a staff account and changes its places through the staff screen's drawers:
// an account needs a place, keeps at least one, and the table and the API show the places
// chosen (the shared places drawer and invitation form of the admin extension).
import { expect, test } from "@playwright/test"
import { adminFetch } from "../support/admin-api"
import { expectJson } from "../support/http"
import { backendUrl } from "../support/env"
import { signInToDashboard } from "../support/officer-browser"

type Place = { id: string; name: string; type: string }

const startsWith = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `)

test("an officer opens a staff account for one place, then moves it to another", async ({
  page,
}) => {
  test.setTimeout(120_000)
  const { places } = await expectJson<{ places: Place[] }>(
    await adminFetch("/admin/ocop/places"),
    200,
  )
  const [first, second] = places.filter((place) => place.type !== "fair_ground")
  expect(second, "the seed has two places that are not fair grounds").toBeTruthy()
  const email = `staff-drawer-${Date.now()}@example.vn`

  await signInToDashboard(page)
  await page.goto(new URL("/app/ocop/staff", backendUrl()).href)
  await page.getByRole("button", { name: "Open a staff account" }).click({ timeout: 30_000 })
  const opening = page.getByRole("dialog", { name: "Open a staff account" })
  await opening.getByLabel("Email").fill(email)
  await opening.getByRole("button", { name: "Open account" }).click()
  await expect(opening.getByRole("alert")).toHaveText(
    "Choose at least one place the person works at.",
  )
  await opening.getByRole("checkbox", { name: startsWith(first!.name) }).click()
  await opening.getByRole("button", { name: "Open account" }).click()
  await expect(page.getByText(`Staff account opened for ${email}`)).toBeVisible({
    timeout: 30_000,
  })
  const row = page.getByRole("row").filter({ hasText: email })
  await expect(row.getByText(first!.name, { exact: true })).toBeVisible()

  await row.getByRole("button", { name: `Change places of ${email}` }).click()
  const changing = page.getByRole("dialog", { name: `Places of ${email}` })
  await changing.getByRole("checkbox", { name: startsWith(first!.name) }).click()
  await changing.getByRole("button", { name: "Save places" }).click()
  await expect(changing.getByRole("alert")).toHaveText("Keep at least one place.")
  await changing.getByRole("checkbox", { name: startsWith(second!.name) }).click()
  await changing.getByRole("button", { name: "Save places" }).click()
  await expect(page.getByText(`Places of ${email} changed`)).toBeVisible({ timeout: 30_000 })
  await expect(row.getByText(second!.name, { exact: true })).toBeVisible()
  await expect(row.getByText(first!.name, { exact: true })).toHaveCount(0)

  const { staff_users } = await expectJson<{
    staff_users: { email: string; assignments: { place_id: string }[] }[]
  }>(await adminFetch("/admin/ocop/staff-users"), 200)
  const member = staff_users.find((user) => user.email === email)
  expect(member?.assignments.map((assignment) => assignment.place_id)).toEqual([second!.id])
})
