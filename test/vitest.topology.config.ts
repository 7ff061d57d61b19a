// Topology tests (npm run test:topology): the certificate gate suites, test/topology/ and
// test/operations/ against
// two server processes and a worker sharing Redis; requests go round-robin (support/env.ts).
import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: {
    include: [
      "integration/certificate-gate.test.ts",
      "integration/cart-gate.test.ts",
      // Never stale on the gate with the Redis caching provider shared by both servers (0024).
      "integration/cache-gate.test.ts",
      "topology/**/*.test.ts",
      // Operations (issue #22): readiness and fail-fast, backup/restore, the compose bootstrap
      // job. Each boots its own processes or databases, so they run here rather than in npm test.
      "operations/**/*.test.ts",
    ],
    setupFiles: ["support/mailbox-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One database and faults injected into shared processes: one file at a time; every fault
    // test brings what it broke back up before it ends.
    fileParallelism: false,
  },
})
