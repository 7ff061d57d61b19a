// Debian's redis-server, started by the tests themselves on a private port: the login throttle's
// Redis counter (unit tests) and the production topology (npm run test:topology).
import { existsSync, mkdirSync } from "node:fs"
import { connect } from "node:net"
import { info, warn } from "./log.js"
import { repoRoot } from "./paths.js"
import { runCommand, spawnService, type Service } from "./proc.js"

const systemRedis = "/usr/bin/redis-server"

/**
 * OCOP_TEST_REDIS_SERVER, else /usr/bin/redis-server (installed with apt when root); undefined
 * when neither is there, and the Redis tests say they were skipped.
 */
export async function ensureRedisServer(): Promise<string | undefined> {
  const configured = process.env.OCOP_TEST_REDIS_SERVER
  if (configured) return configured
  if (existsSync(systemRedis)) return systemRedis
  if (process.getuid?.() !== 0) {
    warn(
      `${systemRedis} is missing: the Redis counter tests are skipped (apt-get install redis-server)`,
    )
    return undefined
  }
  info("installing redis-server with apt-get…")
  await runCommand(
    "sh",
    ["-c", "apt-get update && apt-get install -y --no-install-recommends redis-server"],
    { tag: "apt", cwd: repoRoot, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } },
  )
  if (!existsSync(systemRedis)) throw new Error(`apt-get did not install ${systemRedis}`)
  return systemRedis
}

export interface Redis {
  url: string
  /** Stops the server (SIGTERM: it writes its append-only file), waits downMs, starts it again. */
  restart(downMs: number): Promise<void>
  stop(): Promise<void>
}

/**
 * A redis-server of the test's own on a private port, persisted like compose's (append-only
 * file in dataDir), so a restart keeps queued events and jobs as production's would.
 */
export async function startRedis(options: { port: number; dataDir: string }): Promise<Redis> {
  const binary = await ensureRedisServer()
  if (!binary) throw new Error("redis-server is missing (apt-get install redis-server)")
  mkdirSync(options.dataDir, { recursive: true })
  const args = ["--port", String(options.port), "--bind", "127.0.0.1", "--save", ""]
  args.push("--appendonly", "yes", "--dir", options.dataDir)
  const url = `redis://127.0.0.1:${options.port}`
  let service: Service
  const start = async () => {
    service = spawnService(binary, args, { tag: "redis", cwd: options.dataDir })
    await waitForPort(options.port, service)
    info(`Redis ready at ${url}`)
  }
  await start()
  return {
    url,
    stop: () => service.stop(),
    restart: async (downMs) => {
      await service.stop()
      await new Promise((resolve) => setTimeout(resolve, downMs))
      await start()
    },
  }
}

/** Resolves once something accepts TCP connections on the port; rejects when the service exits. */
async function waitForPort(port: number, service: Service, timeoutMs = 15_000) {
  let exited = false
  void service.exited.then(() => (exited = true))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !exited) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1")
      socket.once("connect", () => {
        socket.destroy()
        resolve(true)
      })
      socket.once("error", () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`redis-server did not listen on port ${port}`)
}
