// Migrations, seed and the publishable key. Migrations are skipped when their inputs are
// unchanged for an existing database; the seed runs once per database (marker in the data dir).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import type { BuildHashes } from "./build.js"
import { combine } from "./hash.js"
import { info, seconds, warn } from "./log.js"
import { paths, repoRoot } from "./paths.js"
import type { Postgres } from "./postgres.js"
import { runCommand } from "./proc.js"

interface DatabaseState {
  migrations?: string
  seeded?: boolean
}
type StateFile = Record<string, DatabaseState>

export interface PrepareOptions {
  postgres: Postgres
  dataDir: string
  databaseName: string
  hashes: BuildHashes
  seed: boolean
  /** Environment for `medusa db:migrate` and `medusa exec` (DATABASE_URL, DB_HOST, …). */
  env: NodeJS.ProcessEnv
  /** Seed even when this database was seeded before (npm run seed). */
  force?: boolean
  /** Drop and recreate the database first (npm run seed -- --reset). */
  reset?: boolean
}

const stateFile = (dataDir: string) => path.join(dataDir, "database-state.json")

function readState(dataDir: string): StateFile {
  try {
    return JSON.parse(readFileSync(stateFile(dataDir), "utf8")) as StateFile
  } catch {
    return {}
  }
}

function writeState(dataDir: string, state: StateFile) {
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(stateFile(dataDir), `${JSON.stringify(state, null, 2)}\n`)
}

/** Identifies a database without its credentials: host, port and name. */
function databaseKey(url: string): string {
  const parsed = new URL(url)
  return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`
}

const medusa = (args: string[], tag: string, env: NodeJS.ProcessEnv) =>
  runCommand(paths.bin("medusa"), args, { tag, cwd: paths.backend, env })

/** Creates, migrates and seeds the database as needed; returns its URL. */
export async function prepareDatabase(options: PrepareOptions): Promise<string> {
  const { postgres, dataDir, databaseName, hashes } = options
  const url = postgres.urlFor(databaseName)
  const key = databaseKey(url)
  const state = readState(dataDir)

  if (options.reset) {
    info(`dropping database ${databaseName}`)
    await postgres.dropDatabase(databaseName)
  }
  if (await postgres.ensureDatabase(databaseName)) {
    info(`created database ${databaseName}`)
    state[key] = {}
    writeState(dataDir, state)
  }
  const current = (state[key] ??= {})

  // Link and module migrations come from the plugin and the backend (src/links, src/modules).
  const migrationInputs = combine(hashes.plugin, hashes.backend, hashes.lockfile, key)
  if (current.migrations === migrationInputs) {
    info("database schema is up to date")
  } else {
    const started = Date.now()
    info("running migrations…")
    await medusa(["db:migrate", "--execute-safe-links"], "migrate", options.env)
    current.migrations = migrationInputs
    writeState(dataDir, state)
    info(`migrations done in ${seconds(started)}`)
  }

  if (options.seed && (options.force || !current.seeded)) {
    if (!existsSync(paths.seedScript)) {
      warn("seed/src/index.ts does not exist yet: skipping the seed")
    } else {
      const started = Date.now()
      info("seeding demo data…")
      const script = path.relative(paths.backend, paths.seedScript)
      await medusa(["exec", script], "seed", options.env)
      current.seeded = true
      writeState(dataDir, state)
      info(`seed done in ${seconds(started)}`)
    }
  }
  return url
}

/** The oldest active publishable API key (created by the seed), if any. */
export async function readPublishableKey(databaseUrl: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const result = await client.query<{ token: string }>(
      `select token from api_key
       where type = 'publishable' and revoked_at is null and deleted_at is null
       order by created_at limit 1`,
    )
    return result.rows[0]?.token
  } finally {
    await client.end()
  }
}

/** Sets keys in storefront/.env for `react-router dev`, keeping any other lines. */
export function writeStorefrontEnv(values: Record<string, string>) {
  const file = path.join(paths.storefront, ".env")
  const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n") : []
  const pending = new Map(Object.entries(values))
  const updated = lines.map((line) => {
    const name = line.split("=")[0]?.trim() ?? ""
    const value = pending.get(name)
    if (value === undefined) return line
    pending.delete(name)
    return `${name}=${value}`
  })
  while (updated.length && updated.at(-1) === "") updated.pop()
  for (const [name, value] of pending) updated.push(`${name}=${value}`)
  writeFileSync(file, `${updated.join("\n")}\n`)
  info(`wrote ${path.relative(repoRoot, file)} (${Object.keys(values).join(", ")})`)
}
