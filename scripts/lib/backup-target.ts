// The database that `npm run backup` and `npm run restore` work on: DATABASE_URL when set;
// otherwise the embedded Postgres of `npm start` (.data/, PGPORT or 54329), used as it runs or
// started for the occasion and stopped afterwards.
import path from "node:path"
import pg from "pg"
import { repoRoot } from "./paths.js"
import { externalPostgres, startEmbeddedPostgres, type Postgres } from "./postgres.js"

export interface Target {
  postgres: Postgres
  databaseName: string
  url: string
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  client.on("error", () => {})
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/** `databaseName` overrides the name in DATABASE_URL (default "ocop" for the embedded server). */
export async function openTarget(databaseName?: string): Promise<Target> {
  const configured = process.env.DATABASE_URL || undefined
  let postgres: Postgres
  if (configured) {
    postgres = externalPostgres(configured)
  } else {
    const port = Number(process.env.PGPORT) || 54329
    const running = `postgres://postgres:password@localhost:${port}/postgres`
    postgres = (await answers(running))
      ? externalPostgres(running)
      : await startEmbeddedPostgres({ dataDir: path.join(repoRoot, ".data"), port })
  }
  const name = databaseName ?? (configured ? new URL(configured).pathname.slice(1) : "ocop")
  return { postgres, databaseName: name, url: postgres.urlFor(name) }
}
