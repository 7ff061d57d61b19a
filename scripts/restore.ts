// `npm run restore -- DIR [--database NAME] [--uploads DIR]`: replaces the database's rows and
// the uploaded files with those of a backup made by `npm run backup`. The database is created
// when missing and migrated with this checkout first. Stop the backend before: a restore under
// a running server is refused.
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { otherSessions, readManifest, restoreDatabase } from "./lib/backup.js"
import { openTarget } from "./lib/backup-target.js"
import { buildStale } from "./lib/build.js"
import { installSignalHandlers, runCleanups } from "./lib/lifecycle.js"
import { errorMessage, info, seconds } from "./lib/log.js"
import { paths } from "./lib/paths.js"
import { runCommand } from "./lib/proc.js"
import { medusaEnv } from "./lib/stack.js"

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { database: { type: "string" }, uploads: { type: "string" } },
})
const dir = positionals[0] ? path.resolve(positionals[0]) : undefined
const uploads = path.resolve(values.uploads ?? paths.uploads)

installSignalHandlers()
const started = Date.now()
try {
  if (!dir) throw new Error("name the backup directory: npm run restore -- backups/ocop-…")
  readManifest(dir)
  const target = await openTarget(values.database)
  if (await target.postgres.ensureDatabase(target.databaseName)) {
    info(`created database ${target.databaseName}`)
  } else if ((await otherSessions(target.url)) > 0) {
    throw new Error(`${target.databaseName} is in use: stop the backend (npm start) first`)
  }
  await buildStale(["plugin"])
  const urls = { backend: "http://localhost:9000", storefront: "http://localhost:8000" }
  await runCommand(paths.bin("medusa"), ["db:migrate", "--execute-safe-links"], {
    tag: "migrate",
    cwd: paths.backend,
    env: { ...medusaEnv(process.env, target.url, urls), NODE_ENV: "development" },
  })
  const manifest = await restoreDatabase(target.url, dir)
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  if (existsSync(path.join(dir, "uploads"))) {
    rmSync(uploads, { recursive: true, force: true })
    mkdirSync(uploads, { recursive: true })
    cpSync(path.join(dir, "uploads"), uploads, { recursive: true })
  }
  await target.postgres.stop()
  info(`restored ${rows} rows into ${target.databaseName} from ${dir} in ${seconds(started)}`)
} catch (error) {
  info(`restore failed: ${errorMessage(error)}`)
  await runCleanups()
  process.exit(1)
}
