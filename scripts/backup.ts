// `npm run backup -- [--out DIR] [--uploads DIR]`: the database (every row, one consistent
// snapshot) and the uploaded files, into DIR (default backups/ocop-<time>). It can run while
// `npm start` serves. Restore with `npm run restore -- DIR` (docs/operations.md).
import { cpSync, existsSync } from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { backupDatabase } from "./lib/backup.js"
import { openTarget } from "./lib/backup-target.js"
import { installSignalHandlers, runCleanups } from "./lib/lifecycle.js"
import { errorMessage, info, seconds } from "./lib/log.js"
import { paths, repoRoot } from "./lib/paths.js"

const { values } = parseArgs({
  options: { out: { type: "string" }, uploads: { type: "string" } },
})
const stamp = new Date().toISOString().replace(/[:.]/g, "-")
const out = path.resolve(values.out ?? path.join(repoRoot, "backups", `ocop-${stamp}`))
const uploads = path.resolve(values.uploads ?? paths.uploads)

installSignalHandlers()
const started = Date.now()
try {
  const target = await openTarget()
  const manifest = await backupDatabase(target.url, out)
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  if (existsSync(uploads)) cpSync(uploads, path.join(out, "uploads"), { recursive: true })
  await target.postgres.stop()
  info(
    `backed up ${manifest.tables.length} tables (${rows} rows) of ${target.databaseName}` +
      `${existsSync(uploads) ? " and the uploaded files" : ""} to ${out} in ${seconds(started)}`,
  )
} catch (error) {
  info(`backup failed: ${errorMessage(error)}`)
  await runCleanups()
  process.exit(1)
}
