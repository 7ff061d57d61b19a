// Integration tests: black-box HTTP and SQL against a running stack (see test/support/env.ts).
import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: {
    include: ["integration/**/*.test.ts"],
    setupFiles: ["support/mailbox-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Suites share one database; run them one after another.
    fileParallelism: false,
  },
})
