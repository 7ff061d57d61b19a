// `npm run seed`: (re)loads the demo data into the development database used by `npm start`.
// `npm run seed -- --reset` drops and recreates that database first. Stop `npm start` before.
import { existsSync } from "node:fs"
import path from "node:path"
import { buildStale } from "./lib/build.js"
import { prepareDatabase } from "./lib/database.js"
import { installSignalHandlers, isShuttingDown, runCleanups } from "./lib/lifecycle.js"
import { errorMessage, info } from "./lib/log.js"
import { paths, repoRoot } from "./lib/paths.js"
import { externalPostgres, startEmbeddedPostgres } from "./lib/postgres.js"
import { medusaEnv } from "./lib/stack.js"

const reset = process.argv.includes("--reset")
const databaseUrl = process.env.DATABASE_URL || undefined
const dataDir = path.join(repoRoot, ".data")

installSignalHandlers()

try {
  if (!existsSync(paths.seedScript)) throw new Error("seed/src/index.ts does not exist")
  const hashes = await buildStale(["plugin"])
  const postgres = databaseUrl
    ? externalPostgres(databaseUrl)
    : await startEmbeddedPostgres({ dataDir, port: Number(process.env.PGPORT) || 54329 })
  const databaseName = databaseUrl ? new URL(databaseUrl).pathname.slice(1) : "ocop"
  const urls = { backend: "http://localhost:9000", storefront: "http://localhost:8000" }
  await prepareDatabase({
    postgres,
    dataDir,
    databaseName,
    hashes,
    seed: true,
    force: true,
    reset,
    env: {
      ...medusaEnv(process.env, postgres.urlFor(databaseName), urls),
      NODE_ENV: "development",
    },
  })
  await postgres.stop()
  info(`demo data loaded into ${databaseName}; start the marketplace with \`npm start\``)
} catch (error) {
  if (!isShuttingDown()) {
    info(`seed failed: ${errorMessage(error)}`)
    await runCleanups()
    process.exit(1)
  }
}
