// End-to-end tests in the system Chromium against a running storefront (STOREFRONT_URL).
// Screenshots of every test are kept under test-results/ at the repository root.
import { defineConfig, type ReporterDescription } from "@playwright/test"
import { CHROMIUM_FLAGS } from "../scripts/lib/chromium-flags"

/**
 * Specs that run side by side with the others (two workers): they receive no mail, do not count
 * the listed catalogue and certify nothing into it. Every other spec (one that receives mail at
 * the tests' one SMTP port, test/support/mailbox.ts, through staff and organiser invitations or
 * order mail; or counts the catalogue; or a new spec nobody has checked) runs one at a time.
 */
const sideBySide = [
  "english",
  "gate",
  "login-wait-message",
  "no-javascript",
  "officer-reads-vietnamese",
  "order-confirmation-is-private",
  "security/uploaded-files-never-run-as-pages",
  "shopper-buys",
  "shopper-pays-by-transfer",
  "shopper-pickup",
  "storefront-home",
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
  // Two spec files at once: a side-by-side spec beside a one-at-a-time one, or two side-by-side
  // specs, which share nothing but the seeded catalogue (and buy from it in quantities it holds).
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
    { name: "chromium", testMatch: sideBySide, use: chromium },
    { name: "one-at-a-time", testIgnore: sideBySide, workers: 1, use: chromium },
  ],
})
