// `npm run reindex`: rebuilds the product search indexes (Postgres, and Meilisearch when
// MEILISEARCH_HOST is set) from the listings of the `npm start` database, or of DATABASE_URL.
// Safe while `npm start` runs: the current index keeps serving until the new one is complete.
import { spawn } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { buildStale } from "./lib/build.js"
import { installSignalHandlers, isShuttingDown, runCleanups } from "./lib/lifecycle.js"
import { errorMessage, info } from "./lib/log.js"
import { paths, repoRoot } from "./lib/paths.js"
import { externalPostgres, startEmbeddedPostgres, type Postgres } from "./lib/postgres.js"
import { medusaEnv } from "./lib/stack.js"

const dataDir = path.join(repoRoot, ".data")
const pgPort = Number(process.env.PGPORT) || 54329
const reindexScript = path.join(
  paths.plugin,
  ".medusa",
  "server",
  "src",
  "lib",
  "search-reindex.js",
)

/** Whether the embedded cluster of `npm start` is up (its postmaster is alive). */
function embeddedRunning(): boolean {
  const pidFile = path.join(dataDir, "pg", "postmaster.pid")
  if (!existsSync(pidFile)) return false
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10)
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

async function postgres(): Promise<{ server: Postgres; database: string }> {
  const url = process.env.DATABASE_URL
  if (url) return { server: externalPostgres(url), database: new URL(url).pathname.slice(1) }
  if (embeddedRunning()) {
    info("using the Postgres of the running `npm start`")
    return {
      server: externalPostgres(`postgres://postgres:password@localhost:${pgPort}/postgres`),
      database: "ocop",
    }
  }
  return { server: await startEmbeddedPostgres({ dataDir, port: pgPort }), database: "ocop" }
}

/** `medusa exec` with the terminal attached, so the progress bar redraws in place. */
function medusaExec(env: NodeJS.ProcessEnv): Promise<number | null> {
  const script = path.relative(paths.backend, reindexScript)
  const child = spawn(paths.bin("medusa"), ["exec", script], {
    cwd: paths.backend,
    env,
    stdio: "inherit",
  })
  return new Promise((resolve) => {
    child.once("error", () => resolve(127))
    child.once("exit", (code) => resolve(code))
  })
}

installSignalHandlers()

try {
  await buildStale(["plugin"])
  const { server, database } = await postgres()
  const urls = { backend: "http://localhost:9000", storefront: "http://localhost:8000" }
  const code = await medusaExec({
    ...medusaEnv(process.env, server.urlFor(database), urls),
    NODE_ENV: "development",
  })
  await server.stop()
  if (code !== 0) throw new Error(`medusa exec exited with ${code}`)
  info("search indexes rebuilt")
} catch (error) {
  if (!isShuttingDown()) {
    info(`reindex failed: ${errorMessage(error)}`)
    await runCleanups()
    process.exit(1)
  }
}
