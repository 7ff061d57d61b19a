// End-to-end tests in the system Chromium against a running storefront (STOREFRONT_URL).
// Screenshots of every test are kept under test-results/ at the repository root.
import { defineConfig, type ReporterDescription } from "@playwright/test"
import { CHROMIUM_FLAGS } from "../scripts/lib/chromium-flags"

/**
 * Specs that run one at a time, in one worker, beside the others: they receive mail at the
 * tests' one SMTP port (test/support/mailbox.ts; staff and organiser invitations, order mail),
 * or count the listed catalogue (listing-facets), or list new products in it.
 */
const oneAtATime = [
  // Mail: staffAccount, organizer, mailbox.
  "bad-input",
  "content-security-policy",
  "fair-page",
  "officer-records-transfer",
  "orders-reach-the-shelves",
  "staff-claims-invitation",
  "staff-counter-shift",
  "staff-counter-transfer",
  "staff-portal",
  // The catalogue's counts, and the specs that certify new products into it.
  "listing-facets",
  "officer-certifies",
  "producer-edits-story",
  "producer-sees-orders",
].map((name) => `**/e2e/${name}.spec.ts`)

const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
  },
}

const jsonReport = process.env.E2E_JSON_REPORT
const reporter: ReporterDescription[] = jsonReport
  ? [["list"], ["json", { outputFile: jsonReport }]]
  : [["list"]]

export default defineConfig({
  testDir: "./e2e",
  outputDir: "../test-results",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two spec files at once: one of the one-at-a-time project beside one of the others, which
  // share nothing but the seeded catalogue (and buy from it in quantities it holds).
  workers: 2,
  retries: 0,
  reporter,
  use: {
    baseURL: process.env.STOREFRONT_URL || "http://localhost:8000",
    screenshot: "on",
    trace: "retain-on-failure",
    locale: "vi-VN",
  },
  projects: [
    { name: "chromium", testIgnore: oneAtATime, use: chromium },
    { name: "one-at-a-time", testMatch: oneAtATime, workers: 1, use: chromium },
  ],
})
