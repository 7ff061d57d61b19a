// A new staff member's first day: the officer opens their account, the invitation email arrives
// (at the SMTP server this test runs), and they open its link, choose a password and land in the
// staff portal. The same link does not work twice, and a made-up one says why.
import { expect, test } from "@playwright/test"
import { adminFetch } from "../support/admin-api"
import { expectJson, post } from "../support/http"
import { mailbox } from "../support/mailbox"
import { submitClaim } from "../support/portals"
import { createPlace } from "../support/staff-api"

const PASSWORD = "Ocop@2026-first-day"

test("an officer invites a staff member, who claims the account from the link in the email and is signed in to the staff portal", async ({
  page,
  browser,
}) => {
  const place = await createPlace("Điểm bán mời nhân viên")
  const email = `first-day-${Date.now().toString(36)}@example.com`
  const inbox = await mailbox()
  await expectJson(
    await adminFetch("/admin/ocop/staff-users", post({ email, place_ids: [place.id] })),
    201,
  )

  const mail = await inbox.next(email)
  expect(mail.subject).toContain("Lời mời nhận tài khoản")
  const link = /https?:\/\/\S+\/staff\/claim\?token=[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0]
  expect(link, "the invitation email links to the claim page").toBeTruthy()
  expect(mail.html).toContain(link!.replace(/&/g, "&amp;"))

  await page.goto(link!)
  await expect(page.getByRole("heading", { name: "Kích hoạt tài khoản nhân viên" })).toBeVisible()
  await submitClaim(page, email, PASSWORD)

  await expect(page.getByRole("heading", { name: "Điểm bán của tôi" })).toBeVisible()
  await expect(page.getByRole("link", { name: place.name })).toBeVisible()

  // Someone else opening the same link later finds it used.
  const stranger = await browser.newPage()
  await stranger.goto(link!)
  await submitClaim(stranger, email, "Ocop@2026-stranger")
  await expect(stranger.getByRole("alert")).toContainText("Lời mời này đã được dùng")
  await stranger.close()
})

test("a claim page opened without the invitation's link, or with a made-up one, says what to do", async ({
  page,
}) => {
  await page.goto("/en/staff/claim")
  await expect(page.getByRole("alert")).toContainText(
    "link in an OCOP programme officer's invitation",
  )
  await expect(page.getByRole("button", { name: "Activate and sign in" })).toBeHidden()

  await page.goto(`/staff/claim?token=${"x".repeat(43)}`)
  await submitClaim(page, "someone@example.com", PASSWORD)
  await expect(page.getByRole("alert")).toContainText("Liên kết mời không hợp lệ")
})
