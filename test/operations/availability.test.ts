// Health, readiness, fail-fast and graceful shutdown of a real backend process (backend/
// readiness.ts, Medusa's own shutdown). The process under test is a second `medusa start` of
// the stack's build whose database is reached through a TCP proxy the test controls, so the
// database can go away for it alone. Rules protected:
// - /health/ready is 200 only while Postgres (and Redis when configured) answer, else 503;
// - while the database is down a request gets 503 within seconds instead of hanging;
// - it recovers by itself when the database returns;
// - SIGTERM: the request in flight finishes, new connections are refused, the process exits 0.
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { checkReadiness } from "../../backend/readiness"
import { type BackendProcess, freePort, startBackendProcess } from "../support/backend-process"
import { databaseUrl, publishableKey } from "../support/env"
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy"

const realDatabase = new URL(databaseUrl())
let proxy: TcpProxy
let backend: BackendProcess

const viaProxy = () => {
  const url = new URL(databaseUrl())
  url.hostname = "127.0.0.1"
  url.port = String(proxy.port)
  return url.toString()
}

const ready = (base: string) =>
  fetch(`${base}/health/ready`).then(async (response) => ({
    status: response.status,
    body: (await response.json()) as { status: string; checks: Record<string, string> },
  }))

const regions = (base: string) =>
  fetch(`${base}/store/regions`, { headers: { "x-publishable-api-key": publishableKey() } })

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number) {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await read().catch((error: unknown) => error as T)
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

describe("readiness checks", () => {
  it("pass against the real Postgres and fail fast on a dead Postgres or Redis port", async () => {
    expect(await checkReadiness({ databaseUrl: databaseUrl() })).toEqual({
      ready: true,
      checks: { postgres: "ok" },
    })
    const dead = await freePort()
    const deadDatabase = new URL(databaseUrl())
    deadDatabase.port = String(dead)
    const started = Date.now()
    const result = await checkReadiness({
      databaseUrl: deadDatabase.toString(),
      redisUrl: `redis://127.0.0.1:${dead}`,
      timeoutMs: 2000,
    })
    expect(result).toEqual({
      ready: false,
      checks: { postgres: "unreachable", redis: "unreachable" },
    })
    expect(Date.now() - started).toBeLessThan(5000)
  })
})

describe("a backend process losing its database", () => {
  beforeAll(async () => {
    proxy = await startTcpProxy({ host: realDatabase.hostname, port: Number(realDatabase.port) })
    backend = await startBackendProcess({
      DATABASE_URL: viaProxy(),
      DB_HOST: "127.0.0.1",
      DB_PORT: String(proxy.port),
      MEDUSA_WORKER_MODE: "server",
      OCOP_DB_WATCHDOG_MS: "3000",
    })
  }, 300_000)

  afterAll(async () => {
    if (backend?.child.exitCode === null) backend.child.kill("SIGKILL")
    await proxy?.close()
  })

  it("is ready and serves while Postgres answers", async () => {
    expect(await ready(backend.url)).toEqual({
      status: 200,
      body: { status: "ready", checks: { postgres: "ok" } },
    })
    expect((await regions(backend.url)).status).toBe(200)
  })

  it("answers 503 (not a hang) while Postgres is down, and recovers when it returns", async () => {
    proxy.down()
    const notReady = await ready(backend.url)
    expect(notReady.status).toBe(503)
    expect(notReady.body.checks.postgres).toBe("unreachable")

    const started = Date.now()
    const response = await regions(backend.url)
    expect(response.status).toBe(503)
    expect(response.headers.get("retry-after")).toBe("5")
    expect(Date.now() - started).toBeLessThan(15_000)

    proxy.up()
    const back = await eventually(
      () => regions(backend.url),
      (r) => r instanceof Response && r.status === 200,
      60_000,
    )
    expect((back as Response).status).toBe(200)
    expect((await ready(backend.url)).status).toBe(200)
  }, 120_000)

  it("on SIGTERM finishes the request in flight, refuses new ones and exits 0", async () => {
    proxy.pause()
    const inFlight = regions(backend.url)
    await new Promise((resolve) => setTimeout(resolve, 500))
    backend.child.kill("SIGTERM")
    await new Promise((resolve) => setTimeout(resolve, 500))
    const refused = await fetch(`${backend.url}/health`).then(
      (response) => response.status,
      () => "refused",
    )
    proxy.resume()
    expect((await inFlight).status).toBe(200)
    expect(refused).toBe("refused")
    expect(await backend.exited).toBe(0)
  }, 60_000)
})

describe("a worker process", () => {
  it("serves no API but answers /health and /health/ready on its port, and stops on SIGTERM", async () => {
    const worker = await startBackendProcess({
      MEDUSA_WORKER_MODE: "worker",
      DATABASE_URL: databaseUrl(),
    })
    try {
      expect((await fetch(`${worker.url}/health`)).status).toBe(200)
      expect(await ready(worker.url)).toEqual({
        status: 200,
        body: { status: "ready", checks: { postgres: "ok" } },
      })
      expect((await regions(worker.url)).status).toBe(404)
    } finally {
      worker.child.kill("SIGTERM")
    }
    expect(await worker.exited).toBe(0)
  }, 300_000)
})
