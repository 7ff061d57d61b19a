// Compose's bootstrap job (backend/bootstrap/index.ts, the built file the image runs) on a
// fresh, migrated database: it creates what the marketplace needs to sell and nothing of the
// demo seed, hands the storefront its key through a file, and a second run changes nothing
// (one OCOP key, one store, one region, the officer's account and password untouched). A too-short
// officer password is refused before anything is written.
import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { databaseUrl } from "../support/env"
import { unique } from "../support/orders"

const run = promisify(execFile)
const repoRoot = new URL("../../", import.meta.url).pathname
const work = mkdtempSync(path.join(tmpdir(), "ocop-bootstrap-"))
const keyFile = path.join(work, "handover", "publishable-key")
const name = `ocop_bootstrap_${unique()}`
const officer = `officer-${unique()}@example.com`
const serverUrl = (database: string) => {
  const url = new URL(databaseUrl())
  url.pathname = `/${database}`
  return url.toString()
}

async function query<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: serverUrl(name) })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

const medusaEnv = (extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: serverUrl(name),
  MEDUSA_DISABLE_TELEMETRY: "true",
  SMTP_URL: "",
  ...extra,
})

const bootstrap = (password = "a-long-enough-secret", email = officer) =>
  run(`${repoRoot}node_modules/.bin/medusa`, ["exec", "./bootstrap/index.js"], {
    cwd: `${repoRoot}backend/.medusa/server`,
    env: medusaEnv({
      NODE_ENV: "production",
      OCOP_OFFICER_EMAIL: email,
      OCOP_OFFICER_PASSWORD: password,
      OCOP_PUBLISHABLE_KEY_FILE: keyFile,
    }),
    maxBuffer: 64 * 1024 * 1024,
  })

/** What the bootstrap is responsible for, and what it must never create. */
const state = async () => ({
  stores: await query(
    `select s.name, c.currency_code, c.is_default from store s
     join store_currency c on c.store_id = s.id and c.deleted_at is null
     where s.deleted_at is null`,
  ),
  regions: await query(
    `select r.name, r.currency_code, array_agg(c.iso_2) as countries from region r
     join region_country c on c.region_id = r.id where r.deleted_at is null group by r.id`,
  ),
  channels: await query(`select name from sales_channel where deleted_at is null order by name`),
  keys: await query<{ title: string; token: string; channel: string }>(
    `select k.title, k.token, sc.name as channel from api_key k
     join publishable_api_key_sales_channel l on l.publishable_key_id = k.id and l.deleted_at is null
     join sales_channel sc on sc.id = l.sales_channel_id
     where k.type = 'publishable' and k.revoked_at is null and k.deleted_at is null
     order by k.created_at`,
  ),
  officers: await query(`select email from "user" where deleted_at is null`),
  logins: await query(
    `select provider_metadata from provider_identity where provider = 'emailpass' order by id`,
  ),
  demo: await query(
    `select (select count(*) from product)::int as products,
            (select count(*) from customer)::int as customers,
            (select count(*) from stock_location)::int as places`,
  ),
})

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: serverUrl("postgres") })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  await run(`${repoRoot}node_modules/.bin/medusa`, ["db:migrate", "--execute-safe-links"], {
    cwd: `${repoRoot}backend`,
    env: medusaEnv({ NODE_ENV: "development" }),
    maxBuffer: 64 * 1024 * 1024,
  })
}, 600_000)

afterAll(async () => {
  const admin = new pg.Client({ connectionString: serverUrl("postgres") })
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`)
  await admin.end()
  rmSync(work, { recursive: true, force: true })
})

describe("the bootstrap job on a fresh database", () => {
  it("refuses an officer password under 12 characters and writes nothing", async () => {
    const refused = await bootstrap("short", `weak-${officer}`).then(
      () => "ran",
      (error: { stdout: string; stderr: string }) => `${error.stdout}${error.stderr}`,
    )
    expect(refused).toContain("OCOP_OFFICER_PASSWORD must have at least 12 characters")
    // Medusa's own loader makes its default store, channel and key on any fresh database;
    // nothing of the bootstrap's is there.
    const after = await state()
    expect(after.stores.map((store) => store.name)).not.toContain("OCOP Việt Nam")
    expect(after).toMatchObject({ regions: [], officers: [] })
    expect(after.keys.map((key) => key.title)).not.toContain("OCOP storefront")
    expect(await query(`select 1 from provider_identity`)).toEqual([])
  }, 300_000)

  it("creates the store, region, channel, one linked key and the officer; a second run changes nothing", async () => {
    await bootstrap()
    const first = await state()
    expect(first.stores).toEqual([
      { name: "OCOP Việt Nam", currency_code: "vnd", is_default: true },
    ])
    expect(first.regions).toEqual([{ name: "Việt Nam", currency_code: "vnd", countries: ["vn"] }])
    expect(first.channels).toEqual([{ name: "OCOP trực tuyến" }])
    // Every active key (Medusa's default one too) serves the online channel; the storefront
    // gets the OCOP one.
    expect(new Set(first.keys.map((key) => key.channel))).toEqual(new Set(["OCOP trực tuyến"]))
    const ocopKeys = first.keys.filter((key) => key.title === "OCOP storefront")
    expect(ocopKeys).toHaveLength(1)
    expect(first.officers).toEqual([{ email: officer }])
    expect(first.demo).toEqual([{ products: 0, customers: 0, places: 0 }])
    expect(readFileSync(keyFile, "utf8").trim()).toBe(ocopKeys[0]?.token)

    await bootstrap("a-different-password")
    expect(await state()).toEqual(first)
    expect(readFileSync(keyFile, "utf8").trim()).toBe(ocopKeys[0]?.token)
  }, 300_000)
})
