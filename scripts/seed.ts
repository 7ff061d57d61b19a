// `npm run seed`: (re)loads the demo data into the development database used by `npm start`.
// `npm run seed -- --reset` drops and recreates that database first. Stop `npm start` before.
// `npm run seed -- --scale national` adds the national benchmark catalogue on top of the demo.
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
const scale = scaleArgument(process.argv.slice(2)) ?? process.env.OCOP_SEED_SCALE
const databaseUrl = process.env.DATABASE_URL || undefined
const dataDir = path.join(repoRoot, ".data")

/** `--scale national` or `--scale=national`. */
function scaleArgument(args: string[]): string | undefined {
  const index = args.findIndex((arg) => arg === "--scale" || arg.startsWith("--scale="))
  if (index < 0) return undefined
  const value = args[index].includes("=") ? args[index].split("=")[1] : args[index + 1]
  if (value !== "demo" && value !== "national") {
    throw new Error(`--scale takes demo or national, not "${value ?? ""}"`)
  }
  return value
}

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
      ...(scale ? { OCOP_SEED_SCALE: scale } : {}),
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
