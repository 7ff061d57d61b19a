// `medusa start` calls `register()` from this file before it builds its HTTP app. Medusa wraps
// every request in `traceRequestHandler` when one is set (its OpenTelemetry support uses the same
// hook); it is the one place that comes before the uploaded files under /static and the admin
// dashboard under /app, which Medusa mounts ahead of any plugin middleware. Security headers are
// set there, so every response carries them. It also runs in worker mode, whose app serves
// nothing but /health: the readiness answer and the database watchdog (readiness.ts) live there
// too, so every process has them.
import { availabilityGuard } from "./readiness"
import { securityHeaders } from "./security-headers"

type RequestHandler = (
  handle: () => Promise<void>,
  req: import("node:http").IncomingMessage,
  res: import("node:http").ServerResponse,
) => Promise<void>

export function register() {
  const start = require("@medusajs/medusa/commands/start") as {
    traceRequestHandler?: RequestHandler
  }
  const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
  const headers = securityHeaders({ https: backendUrl.startsWith("https:") })
  const guard = availabilityGuard({
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    watchdogMs: Number(process.env.OCOP_DB_WATCHDOG_MS) || undefined,
    log: (message) => console.warn(message),
  })
  start.traceRequestHandler = async (handle, req, res) => {
    await new Promise<void>((resolve, reject) =>
      headers(req, res, (error) => (error ? reject(error) : resolve())),
    )
    await guard(handle, req, res)
  }
}
