// Readiness and fail-fast for every backend process (server and worker), wired in by
// instrumentation.ts ahead of Medusa's own app:
// - GET /health/ready answers 200 when Postgres (and Redis, when REDIS_URL is set) answer within
//   a short timeout, 503 otherwise, and 503 once the process is shutting down (SIGTERM), so a load
//   balancer or compose stops sending it traffic. GET /health stays Medusa's liveness answer.
// - A request still unanswered after `watchdogMs` while Postgres is unreachable gets 503 at
//   once instead of waiting for the pool's 60 s acquire timeout (Medusa does not expose it).
import type { IncomingMessage, ServerResponse } from "node:http"
import net from "node:net"
import { Client } from "pg"

export type CheckResult = "ok" | "unreachable"

export interface Readiness {
  ready: boolean
  checks: Record<string, CheckResult>
}

/** Opens a fresh connection and runs `select 1`; rejects after `timeoutMs`. */
export async function pingPostgres(databaseUrl: string, timeoutMs: number): Promise<void> {
  const client = new Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  })
  client.on("error", () => {})
  try {
    await client.connect()
    await client.query("select 1")
  } finally {
    await client.end().catch(() => {})
  }
}

/** Speaks just enough RESP for AUTH and PING; rejects unless Redis answers +PONG in time. */
export function pingRedis(redisUrl: string, timeoutMs: number): Promise<void> {
  const url = new URL(redisUrl)
  const password = decodeURIComponent(url.password)
  const user = decodeURIComponent(url.username)
  const command = (...args: string[]) =>
    `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join("")}`
  const auth = password ? command("AUTH", ...(user ? [user] : []), password) : ""
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 6379) })
    let answer = ""
    const fail = (error: Error) => {
      socket.destroy()
      reject(error)
    }
    socket.setTimeout(timeoutMs, () => fail(new Error(`no answer within ${timeoutMs} ms`)))
    socket.on("error", fail)
    socket.on("connect", () => socket.write(auth + command("PING")))
    socket.on("data", (chunk) => {
      answer += chunk.toString("utf8")
      if (answer.includes("+PONG")) {
        socket.end()
        resolve()
      } else if (answer.includes("-")) fail(new Error(answer.trim()))
    })
  })
}

export interface ReadinessOptions {
  databaseUrl?: string
  redisUrl?: string
  /** Per check (default 2000 ms). */
  timeoutMs?: number
  /** Details of a failed check go to the log, never to the (public) answer. */
  log?: (message: string) => void
}

export async function checkReadiness(options: ReadinessOptions): Promise<Readiness> {
  const timeoutMs = options.timeoutMs ?? 2000
  const probes: [string, () => Promise<void>][] = []
  if (options.databaseUrl) {
    const url = options.databaseUrl
    probes.push(["postgres", () => pingPostgres(url, timeoutMs)])
  }
  if (options.redisUrl) {
    const url = options.redisUrl
    probes.push(["redis", () => pingRedis(url, timeoutMs)])
  }
  const results = await Promise.all(
    probes.map(async ([name, probe]): Promise<[string, CheckResult]> => {
      try {
        await probe()
        return [name, "ok"]
      } catch (error) {
        options.log?.(`readiness: ${name} unreachable: ${(error as Error).message}`)
        return [name, "unreachable"]
      }
    }),
  )
  const checks = Object.fromEntries(results)
  return { ready: results.every(([, result]) => result === "ok"), checks }
}

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.statusCode = status
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  res.setHeader("Cache-Control", "no-store")
  if (status === 503) res.setHeader("Retry-After", "5")
  res.end(JSON.stringify(body))
}

export interface AvailabilityOptions extends ReadinessOptions {
  /** How long a request may wait before Postgres is probed (default 5000 ms). */
  watchdogMs?: number
  /**
   * How long the watchdog's probe may take (default 5000 ms). Longer than readiness's: a busy
   * machine answers a fresh connection slowly, and a request answered 503 here may still commit,
   * so only a database that refuses connections or stays silent this long counts as unreachable.
   */
  probeTimeoutMs?: number
}

/**
 * Wraps Medusa's request handling: answers /health/ready itself, refuses new requests while the
 * process drains (SIGTERM), and turns a request stuck on an unreachable database into a 503.
 */
export function availabilityGuard(options: AvailabilityOptions) {
  const watchdogMs = options.watchdogMs ?? 5000
  let draining = false
  process.once("SIGTERM", () => (draining = true))
  // Requests stuck at the same moment share one probe instead of each opening a connection.
  let probe: { at: number; result: Promise<void> } | undefined
  const databaseAnswers = () => {
    if (!probe || Date.now() - probe.at > 1000) {
      probe = {
        at: Date.now(),
        result: pingPostgres(options.databaseUrl!, options.probeTimeoutMs ?? 5000),
      }
    }
    return probe.result
  }

  return async (
    handle: () => Promise<void>,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> => {
    const pathname = (req.url ?? "/").split("?")[0]
    if (pathname === "/health/ready" && (req.method === "GET" || req.method === "HEAD")) {
      if (draining) return sendJson(res, 503, { status: "shutting_down", checks: {} })
      const { ready, checks } = await checkReadiness(options)
      return sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "unavailable", checks })
    }
    if (!options.databaseUrl || pathname === "/health") return handle()

    const timer = setTimeout(() => {
      databaseAnswers().catch(() => {
        if (res.headersSent || res.writableEnded) return
        options.log?.(`503 for ${req.method} ${pathname}: the database is unreachable`)
        // Medusa's handler still runs and fails later on this finished response, and its error
        // path destroys the socket: never let the client reuse it for another request.
        res.setHeader("Connection", "close")
        sendJson(res, 503, {
          type: "unavailable",
          message: "The service is temporarily unavailable. Please try again shortly.",
        })
      })
    }, watchdogMs)
    timer.unref()
    // `handle` only starts Medusa's app; the response ends later.
    res.once("close", () => clearTimeout(timer))
    await handle()
  }
}
