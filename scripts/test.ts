// `npm test`: lint, typecheck, unit tests, builds, then a throwaway seeded stack (fresh data dir
// under the OS tmp dir) for the integration (Vitest) and end-to-end (Playwright) tests. Every step
// is timed; the run continues after a failure where the next steps still make sense and ends
// with one line `N passed, N failed`.
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { ensureChromium } from "./lib/browser.js"
import { buildStale } from "./lib/build.js"
import { installSignalHandlers, onCleanup, runCleanups } from "./lib/lifecycle.js"
import { warn } from "./lib/log.js"
import { paths, repoRoot } from "./lib/paths.js"
import { inPool } from "./lib/pool.js"
import { runForExitCode } from "./lib/proc.js"
import { ensureRedisServer } from "./lib/redis.js"
import { playwrightCounts, vitestCounts, type Counts } from "./lib/reports.js"
import { startStack, type Stack } from "./lib/stack.js"
import { reportedCounts, step, summarise } from "./lib/steps.js"
import { runUnitSuite, unitSuites, workspacesWithScript } from "./lib/unit.js"

/**
 * A hung step must not eat CI's 90 minutes. The suite takes about 15 minutes on a quiet 2-core
 * machine; the margin is for a loaded one, where every step runs three to four times slower.
 */
const deadlineMinutes = 60
/** OCOP_TEST_PORT_OFFSET shifts every port, so two checkouts can run their suites side by side. */
const offset = Number(process.env.OCOP_TEST_PORT_OFFSET) || 0
const ports = {
  pg: 54339 + offset,
  backend: 9100 + offset,
  storefront: 8100 + offset,
  /** The tests' own SMTP server (test/support/mailbox.ts), where the stack sends its mail. */
  smtp: 2525 + offset,
}
/** The throwaway stack must not share Redis, search or payment accounts with a dev stack. */
const sharedServices = [
  "DATABASE_URL",
  "SMTP_URL",
  "REDIS_URL",
  "MEILISEARCH_HOST",
  "MEILISEARCH_API_KEY",
  "STRIPE_API_KEY",
  "STRIPE_WEBHOOK_SECRET",
]
/**
 * OCOP_TEST_MEILISEARCH_HOST (and _API_KEY) points the throwaway stack at a Meilisearch server
 * of its own, so the same search contract tests run against that provider too.
 */
const isolatedEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env }
  for (const name of sharedServices) delete env[name]
  if (process.env.OCOP_TEST_MEILISEARCH_HOST) {
    env.MEILISEARCH_HOST = process.env.OCOP_TEST_MEILISEARCH_HOST
    const key = process.env.OCOP_TEST_MEILISEARCH_API_KEY
    if (key) env.MEILISEARCH_API_KEY = key
  }
  return env
}

/** Position in `order`, or after all of it. */
const rank = (order: string[], item: string) =>
  order.includes(item) ? order.indexOf(item) : order.length

const run = (tag: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  runForExitCode(command, args, { tag, cwd: repoRoot, env })

async function mustPass(tag: string, command: string, args: string[]) {
  const code = await run(tag, command, args)
  if (code !== 0) throw new Error(`\`${[command, ...args].join(" ")}\` exited with ${code}`)
}

installSignalHandlers()
const workDir = mkdtempSync(path.join(tmpdir(), "ocop-test-"))
// mkdtemp makes the folder private; as root, Postgres runs as OS user `postgres` inside it.
chmodSync(workDir, 0o755)
const reports = path.join(workDir, "reports")
mkdirSync(reports)
onCleanup("test data dir", async () => rmSync(workDir, { recursive: true, force: true }))
setTimeout(() => {
  warn(`npm test exceeded ${deadlineMinutes} minutes, stopping`)
  void runCleanups().finally(() => process.exit(1))
}, deadlineMinutes * 60_000).unref()

await step("lint (oxlint, prettier)", () => mustPass("lint", "npm", ["run", "lint"]))

/** The slowest type checks first, so the two lanes end together. */
const typecheckOrder = ["plugins/medusa-plugin-ocop", "storefront", "backend"]

await step("typecheck", async () => {
  // The seed and the backend import the plugin through its built declarations (.medusa/server).
  await buildStale(["plugin"])
  // tsc runs on one core: two workspaces at a time take half as long on two cores.
  const workspaces = workspacesWithScript("typecheck").sort(
    (a, b) => rank(typecheckOrder, a) - rank(typecheckOrder, b),
  )
  const codes = await inPool(
    [
      ...workspaces.map(
        (dir) => () =>
          run(`typecheck:${path.basename(dir)}`, "npm", ["run", "typecheck", "-w", dir]),
      ),
      () => run("typecheck:scripts", paths.bin("tsc"), ["-p", "scripts/tsconfig.json"]),
    ],
    2,
  )
  if (codes.some((code) => code !== 0)) throw new Error("type errors (see above)")
})

const suites = unitSuites()
await step(
  "unit tests",
  async () => {
    // The login throttle's Redis counter runs against a real redis-server.
    const redisServer = await ensureRedisServer()
    if (redisServer) process.env.OCOP_TEST_REDIS_SERVER = redisServer
    const total: Counts = { passed: 0, failed: 0 }
    for (const suite of suites) {
      const counts = await runUnitSuite(suite, reports)
      total.passed += counts.passed
      total.failed += counts.failed
    }
    return total
  },
  suites.length ? undefined : "no workspace has unit tests yet",
)

const build = await step("build (plugin, backend, storefront)", async () => {
  await buildStale()
})

let stack: Stack | undefined
await step(
  "start throwaway stack",
  async () => {
    stack = await startStack({
      dataDir: path.join(workDir, "data"),
      pgPort: ports.pg,
      backendPort: ports.backend,
      storefrontPort: ports.storefront,
      databaseName: "ocop_test",
      seed: true,
      ephemeral: true,
      env: isolatedEnv(),
      smtpUrl: `smtp://localhost:${ports.smtp}`,
    })
  },
  build.status === "failed" ? "the build failed" : undefined,
)

const testEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  BACKEND_URL: stack?.backendUrl,
  STOREFRONT_URL: stack?.storefrontUrl ?? `http://localhost:${ports.storefront}`,
  DATABASE_URL: stack?.databaseUrl,
  MEDUSA_PUBLISHABLE_KEY: stack?.publishableKey ?? "",
  OCOP_TEST_SMTP_PORT: String(ports.smtp),
  STOREFRONT_SECRET: stack?.storefrontSecret,
})

await step(
  "integration tests",
  async () => {
    const report = path.join(reports, "integration.json")
    const code = await run(
      "integration",
      paths.bin("vitest"),
      [
        "run",
        "--config",
        "test/vitest.integration.config.ts",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${report}`,
      ],
      testEnv(),
    )
    return reportedCounts(vitestCounts(report), code)
  },
  stack ? undefined : "the stack is not running",
)

await step(
  "end-to-end tests (Playwright, Chromium)",
  async () => {
    const chromium = await ensureChromium()
    const report = path.join(reports, "e2e.json")
    const code = await run(
      "e2e",
      paths.bin("playwright"),
      ["test", "--config", "test/playwright.config.ts"],
      { ...testEnv(), PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium, E2E_JSON_REPORT: report },
    )
    return reportedCounts(playwrightCounts(report), code)
  },
  !stack
    ? "the stack is not running"
    : stack.storefrontUrl
      ? undefined
      : "storefront/app/root.tsx does not exist yet",
)

await step("stop stack", async () => {
  await stack?.stop()
  await runCleanups()
})

process.exit(summarise())
