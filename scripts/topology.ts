// `npm run test:topology`: the production shape on one machine (decision 0019). Debian's
// redis-server, the embedded Postgres (a throwaway cluster, demo seed), two backend server
// processes and one worker sharing Redis for cache, events, workflows and locks, the storefront
// in front of the first server. The vitest files of test/topology/ (and the certificate gate
// suites) then send their requests round-robin over both servers, and inject faults through a
// small control endpoint of this script (kill or restart a process, Postgres or Redis).
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { tmpdir } from "node:os"
import path from "node:path"
import { installSignalHandlers, onCleanup, runCleanups } from "./lib/lifecycle.js"
import { errorMessage, info, warn } from "./lib/log.js"
import { paths, repoRoot } from "./lib/paths.js"
import { runForExitCode } from "./lib/proc.js"
import { startRedis, type Redis } from "./lib/redis.js"
import { vitestCounts } from "./lib/reports.js"
import { startStack, type Stack } from "./lib/stack.js"
import { reportedCounts, step, summarise } from "./lib/steps.js"

/** The whole run, a cold build aside, takes about 6 minutes on a quiet 2-core machine. */
const deadlineMinutes = 25
/** OCOP_TEST_PORT_OFFSET shifts every port, like npm test's (their bases differ). */
const offset = Number(process.env.OCOP_TEST_PORT_OFFSET) || 0
const ports = {
  pg: 54400 + offset,
  servers: [9400 + offset, 9401 + offset],
  worker: 9402 + offset,
  control: 9403 + offset,
  storefront: 8400 + offset,
  redis: 6400 + offset,
  smtp: 2600 + offset,
}
const sharedServices = [
  "DATABASE_URL",
  "SMTP_URL",
  "REDIS_URL",
  "MEILISEARCH_HOST",
  "STRIPE_API_KEY",
]

installSignalHandlers()
const workDir = mkdtempSync(path.join(tmpdir(), "ocop-topology-"))
chmodSync(workDir, 0o755)
onCleanup("topology data dir", async () => rmSync(workDir, { recursive: true, force: true }))
setTimeout(() => {
  warn(`test:topology exceeded ${deadlineMinutes} minutes, stopping`)
  void runCleanups().finally(() => process.exit(1))
}, deadlineMinutes * 60_000).unref()

let redis: Redis | undefined
let stack: Stack | undefined
await step("start topology (Redis, Postgres, 2 servers, worker, storefront)", async () => {
  redis = await startRedis({ port: ports.redis, dataDir: path.join(workDir, "redis") })
  const env = { ...process.env }
  for (const name of sharedServices) delete env[name]
  stack = await startStack({
    dataDir: path.join(workDir, "data"),
    pgPort: ports.pg,
    backendPort: ports.servers[0]!,
    storefrontPort: ports.storefront,
    databaseName: "ocop_topology",
    seed: true,
    ephemeral: true,
    env,
    smtpUrl: `smtp://localhost:${ports.smtp}`,
    topology: {
      redisUrl: redis.url,
      extraServerPorts: ports.servers.slice(1),
      workerPort: ports.worker,
    },
  })
})

/**
 * Faults on request, for the tests (they run in another process): POST /kill?tag=server-2
 * (&signal=SIGKILL), /start?tag=…, /restart-postgres?down_ms=…, /restart-redis?down_ms=….
 * Answers 204 once done. Listens on 127.0.0.1 only, for the length of this run.
 */
function controlServer(target: Stack, store: Redis): Server {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost")
    const tag = url.searchParams.get("tag") ?? ""
    const downMs = Number(url.searchParams.get("down_ms") ?? "0")
    const signal = (url.searchParams.get("signal") ?? "SIGKILL") as NodeJS.Signals
    const actions: Record<string, () => Promise<void>> = {
      "/kill": () => target.faults.kill(tag, signal),
      "/start": () => target.faults.start(tag),
      "/restart-postgres": () => target.faults.restartPostgres(downMs),
      "/restart-redis": () => store.restart(downMs),
    }
    const action = req.method === "POST" ? actions[url.pathname] : undefined
    if (!action) {
      res.writeHead(404).end()
      return
    }
    info(`fault: ${url.pathname} ${url.searchParams}`)
    action().then(
      () => res.writeHead(204).end(),
      (error) => res.writeHead(500).end(errorMessage(error)),
    )
  })
  server.listen(ports.control, "127.0.0.1")
  return server
}

await step(
  "topology tests (vitest, round-robin over both servers)",
  async () => {
    const control = controlServer(stack!, redis!)
    try {
      const report = path.join(workDir, "topology.json")
      mkdirSync(workDir, { recursive: true })
      const code = await runForExitCode(
        paths.bin("vitest"),
        [
          "run",
          "--config",
          "test/vitest.topology.config.ts",
          "--reporter=default",
          "--reporter=json",
          `--outputFile.json=${report}`,
          // `npm run test:topology -- faults-kill` runs only the files matching these filters.
          ...process.argv.slice(2),
        ],
        {
          tag: "topology",
          cwd: repoRoot,
          env: {
            ...process.env,
            BACKEND_URL: stack!.backendUrls[0],
            BACKEND_URLS: stack!.backendUrls.join(","),
            STOREFRONT_URL: stack!.storefrontUrl ?? `http://localhost:${ports.storefront}`,
            DATABASE_URL: stack!.databaseUrl,
            MEDUSA_PUBLISHABLE_KEY: stack!.publishableKey ?? "",
            OCOP_TEST_SMTP_PORT: String(ports.smtp),
            STOREFRONT_SECRET: stack!.storefrontSecret,
            OCOP_TOPOLOGY_CONTROL_URL: `http://127.0.0.1:${ports.control}`,
          },
        },
      )
      return reportedCounts(vitestCounts(report), code)
    } finally {
      control.close()
    }
  },
  stack ? undefined : "the topology did not start",
)

await step("stop topology", async () => {
  await stack?.stop()
  await runCleanups()
})

process.exit(summarise())
