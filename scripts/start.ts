// `npm start`: the whole marketplace on this machine, data kept in .data/ between runs
// (OCOP_DATA_DIR names another folder; the storefront's .env is then left alone).
// Ctrl-C or SIGTERM stops the storefront, the backend and Postgres.
import path from "node:path"
import {
  installSignalHandlers,
  isShuttingDown,
  runCleanups,
  setSignalExitCode,
} from "./lib/lifecycle.js"
import { errorMessage, info } from "./lib/log.js"
import { repoRoot } from "./lib/paths.js"
import { startStack } from "./lib/stack.js"

const port = (name: string, fallback: number): number => {
  const value = Number.parseInt(process.env[name] ?? "", 10)
  return Number.isInteger(value) && value > 0 ? value : fallback
}

setSignalExitCode(() => 0)
installSignalHandlers()

const dataDir = process.env.OCOP_DATA_DIR
  ? path.resolve(process.env.OCOP_DATA_DIR)
  : path.join(repoRoot, ".data")

try {
  const stack = await startStack({
    dataDir,
    pgPort: port("PGPORT", 54329),
    backendPort: port("BACKEND_PORT", 9000),
    storefrontPort: port("STOREFRONT_PORT", 8000),
    databaseName: "ocop",
    seed: true,
    databaseUrl: process.env.DATABASE_URL || undefined,
    writeStorefrontEnv: !process.env.OCOP_DATA_DIR,
  })
  const lines = [
    "",
    "OCOP marketplace is running",
    `  storefront  ${stack.storefrontUrl ?? "(not built yet: storefront/app/root.tsx is missing)"}`,
    `  admin       ${stack.backendUrl}/app`,
    `  API         ${stack.backendUrl}`,
    "",
    "Demo logins (password Ocop@2026)",
    "  programme officer (admin)  officer@ocop.vn",
    "  shopper (storefront)       shopper@ocop.vn",
    "",
    "Press Ctrl-C to stop.",
    "",
  ]
  for (const line of lines) info(line)
  void stack.unexpectedExit.then(async (tag) => {
    if (isShuttingDown()) return
    info(`${tag} stopped unexpectedly; stopping everything`)
    await runCleanups()
    process.exit(1)
  })
} catch (error) {
  // A Ctrl-C during startup makes the step in progress fail; the signal handler exits.
  if (!isShuttingDown()) {
    info(`start failed: ${errorMessage(error)}`)
    process.exit(1)
  }
}
