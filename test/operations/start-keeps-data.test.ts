// `npm start` keeps what it holds across Ctrl-C (issue #22): a real `npm start` on a throwaway
// data folder (OCOP_DATA_DIR), an order, a stock movement and a certificate written through the
// API, then Ctrl-C as a terminal sends it (SIGINT to the whole foreground process group): every
// process stops cleanly, and a second `npm start` finds every order, movement and certificate
// exactly as they were.
import { type ChildProcess, spawn } from "node:child_process"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readPublishableKey } from "../../scripts/lib/database"
import { freePort } from "../support/backend-process"
import { onServer } from "../support/env"
import { smtpPort } from "../support/mailbox"
import { placeOrder } from "../support/orders"
import { stockedPlace } from "../support/staff-api"

const repoRoot = new URL("../../", import.meta.url).pathname
const dataDir = mkdtempSync(path.join(tmpdir(), "ocop-start-"))
// Postgres runs as the OS user `postgres` when the tests run as root: it must reach the folder.
chmodSync(dataDir, 0o755)
/** What the topology run points at; this test's own `npm start` must not inherit any of it. */
const inherited = [
  "DATABASE_URL",
  "REDIS_URL",
  "SMTP_URL",
  "MEILISEARCH_HOST",
  "STRIPE_API_KEY",
  "BACKEND_URL",
  "BACKEND_URLS",
  "STOREFRONT_URL",
  "MEDUSA_BACKEND_URL",
  "MEDUSA_PUBLISHABLE_KEY",
  "MEDUSA_WORKER_MODE",
]
let ports: { pg: number; backend: number; storefront: number }
let running: { child: ChildProcess; output: () => string; exited: Promise<number | null> }
const databaseUrl = () => `postgres://postgres:password@localhost:${ports.pg}/ocop`

function npmStart() {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of inherited) delete env[name]
  Object.assign(env, {
    OCOP_DATA_DIR: dataDir,
    PGPORT: String(ports.pg),
    BACKEND_PORT: String(ports.backend),
    STOREFRONT_PORT: String(ports.storefront),
    // The staff invitation is claimed from its email: the test's own SMTP server receives it.
    SMTP_URL: `smtp://localhost:${smtpPort()}`,
  })
  // `npm start` itself (npm, its prestart install check, tsx, the script), in its own process
  // group like a terminal's foreground job.
  const child = spawn("npm", ["start"], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve))
  return { child, output: () => output, exited }
}

async function until(ready: () => boolean, what: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function started() {
  running = npmStart()
  await until(
    () => running.output().includes("OCOP marketplace is running"),
    "npm start to be ready",
    12 * 60_000,
  )
}

/** Ctrl-C in a terminal: SIGINT to every process of the foreground group at once. */
async function ctrlC() {
  const group = -running.child.pid!
  process.kill(group, "SIGINT")
  const code = await running.exited
  // The backend, the storefront and Postgres stop too: nothing of the group is left.
  await until(() => !alive(group), "every process of npm start to stop", 60_000)
  return code
}

function alive(group: number) {
  try {
    process.kill(group, 0)
    return true
  } catch {
    return false
  }
}

/** Every order, stock movement and certificate, as stored. */
async function holdings() {
  const client = new pg.Client({ connectionString: databaseUrl() })
  await client.connect()
  try {
    const all = async (table: string) =>
      (await client.query(`select to_jsonb(t) as row from ${table} t order by id`)).rows.map(
        (entry) => entry.row,
      )
    return {
      orders: await all(`"order"`),
      items: await all("order_item"),
      movements: await all("ocop_stock_movement"),
      certifications: await all("ocop_certification"),
    }
  } finally {
    await client.end()
  }
}

describe("npm start after Ctrl-C", () => {
  beforeAll(async () => {
    ports = { pg: await freePort(), backend: await freePort(), storefront: await freePort() }
    await started()
  }, 15 * 60_000)

  afterAll(async () => {
    if (running?.child.exitCode === null) await ctrlC()
    rmSync(dataDir, { recursive: true, force: true })
  }, 120_000)

  it("keeps every order, movement and certificate", { timeout: 15 * 60_000 }, async () => {
    const backend = `http://localhost:${ports.backend}`
    process.env.MEDUSA_PUBLISHABLE_KEY = await readPublishableKey(databaseUrl())
    const order = await onServer(backend, async () => {
      const { goods } = await stockedPlace("Điểm bán khởi động lại", "Mật ong khởi động lại")
      return (await placeOrder([goods.variantId])).order
    })
    const before = await holdings()
    expect(before.orders.map((row) => row.id)).toContain(order.id)
    expect(before.movements.length).toBeGreaterThan(0)
    expect(before.certifications.length).toBeGreaterThan(0)

    // Every process stops by itself (npm reports the SIGINT as 130), with no forced exit on the
    // SIGINT that npm and tsx relay after the terminal's own.
    expect([0, 130]).toContain(await ctrlC())
    expect(running.output()).not.toContain("exiting without waiting")

    await started()
    expect(running.output()).not.toMatch(/created database|seeding demo data/)
    expect(await holdings()).toEqual(before)
  })
})
