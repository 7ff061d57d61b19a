// End-to-end tests in the system Chromium against a running storefront (STOREFRONT_URL).
// Screenshots of every test are kept under test-results/ at the repository root.
import { defineConfig, type ReporterDescription } from "@playwright/test"
import { CHROMIUM_FLAGS } from "../scripts/lib/chromium-flags"

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
  workers: 1,
  retries: 0,
  reporter,
  use: {
    baseURL: process.env.STOREFRONT_URL || "http://localhost:8000",
    screenshot: "on",
    trace: "retain-on-failure",
    locale: "vi-VN",
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        launchOptions: {
          executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || "/usr/bin/chromium",
          args: CHROMIUM_FLAGS,
        },
      },
    },
  ],
})
