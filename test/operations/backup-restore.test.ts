// `npm run backup` then `npm run restore` into another database gives back what was saved:
// every table's rows (counted), one real order in full (the order row, every row that names
// it, its lines, addresses and payment collection), the order number sequence, and the
// uploaded files byte for byte. Runs the real scripts against the stack's Postgres.
import { execFile } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createCandidateProduct, recordCertificate } from "../support/admin-api"
import { databaseUrl } from "../support/env"
import { placeOrder, unique } from "../support/orders"

const run = promisify(execFile)
const repoRoot = new URL("../../", import.meta.url).pathname
const work = mkdtempSync(path.join(tmpdir(), "ocop-backup-"))
const restoredName = `ocop_restored_${unique()}`
const restoredUrl = () => {
  const url = new URL(databaseUrl())
  url.pathname = `/${restoredName}`
  return url.toString()
}

async function query<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

/** The order and everything stored about it, as JSON, in a stable order. */
async function orderInFull(url: string, orderId: string) {
  const tables = await query<{ table_name: string }>(
    url,
    `select table_name from information_schema.columns
     where table_schema = 'public' and column_name = 'order_id' order by table_name`,
  )
  const full: Record<string, unknown> = {}
  const rows = (text: string, values: unknown[]) =>
    query<{ row: unknown }>(url, `select to_jsonb(t) as row from (${text}) t`, values).then(
      (result) => result.map((entry) => entry.row),
    )
  full.order = await rows(`select * from "order" where id = $1`, [orderId])
  for (const { table_name } of tables) {
    full[table_name] = await rows(
      `select * from ${pg.escapeIdentifier(table_name)} where order_id = $1 order by id`,
      [orderId],
    )
  }
  full.lines = await rows(
    `select li.* from order_line_item li join order_item oi on oi.item_id = li.id
     where oi.order_id = $1 order by li.id`,
    [orderId],
  )
  full.addresses = await rows(
    `select a.* from order_address a join "order" o
       on a.id in (o.shipping_address_id, o.billing_address_id)
     where o.id = $1 order by a.id`,
    [orderId],
  )
  full.payments = await rows(
    `select pc.* from payment_collection pc join order_payment_collection link
       on link.payment_collection_id = pc.id where link.order_id = $1 order by pc.id`,
    [orderId],
  )
  return full
}

let orderId: string
const uploads = path.join(work, "uploads")
const restoredUploads = path.join(work, "restored-uploads")
const photo = Buffer.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50])

beforeAll(async () => {
  const goods = await createCandidateProduct("Cà phê sao lưu")
  await recordCertificate(goods.product.id, { stars: 4, score: 72 })
  orderId = (await placeOrder([goods.variantId])).order.id
  mkdirSync(path.join(uploads, "private"), { recursive: true })
  writeFileSync(path.join(uploads, "photo.webp"), photo)
  writeFileSync(path.join(uploads, "private", "export.csv"), "id\n1\n")
}, 120_000)

afterAll(async () => {
  const admin = new URL(databaseUrl())
  admin.pathname = "/postgres"
  await query(admin.toString(), `drop database if exists ${restoredName} with (force)`)
  rmSync(work, { recursive: true, force: true })
})

describe("npm run backup, then npm run restore", () => {
  it("gives back every row, the order in full, its number sequence and the uploads", async () => {
    const env = { ...process.env, DATABASE_URL: databaseUrl() }
    const out = path.join(work, "backup")
    await run("npm", ["run", "backup", "--", "--out", out, "--uploads", uploads], {
      cwd: repoRoot,
      env,
    })
    const manifest = JSON.parse(readFileSync(path.join(out, "manifest.json"), "utf8")) as {
      tables: { name: string; rows: number }[]
    }
    const [source] = await query<{ count: string }>(databaseUrl(), `select count(*) from "order"`)
    expect(manifest.tables.find((table) => table.name === "order")?.rows).toBe(Number(source.count))

    await run(
      "npm",
      ["run", "restore", "--", out, "--database", restoredName, "--uploads", restoredUploads],
      { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 },
    )

    for (const table of manifest.tables) {
      if (table.name.endsWith("migrations")) continue
      const [restored] = await query<{ count: string }>(
        restoredUrl(),
        `select count(*) from ${pg.escapeIdentifier(table.name)}`,
      )
      expect(Number(restored.count), table.name).toBe(table.rows)
    }
    expect(await orderInFull(restoredUrl(), orderId)).toEqual(
      await orderInFull(databaseUrl(), orderId),
    )
    const sequence = `select last_value from order_display_id_seq`
    expect(await query(restoredUrl(), sequence)).toEqual(await query(databaseUrl(), sequence))
    expect(readFileSync(path.join(restoredUploads, "photo.webp"))).toEqual(photo)
    expect(readFileSync(path.join(restoredUploads, "private", "export.csv"), "utf8")).toBe(
      "id\n1\n",
    )
  }, 600_000)

  it("refuses to restore into a database a backend is using, and writes nothing", async () => {
    const before = await query<{ count: string }>(databaseUrl(), `select count(*) from "order"`)
    const refused = await run(
      "npm",
      ["run", "restore", "--", path.join(work, "backup"), "--uploads", restoredUploads],
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: databaseUrl() } },
    ).then(
      () => "restored",
      (error: { stdout: string; stderr: string }) => `${error.stdout}${error.stderr}`,
    )
    expect(refused).toContain("is in use: stop the backend")
    expect(await query(databaseUrl(), `select count(*) from "order"`)).toEqual(before)
  }, 120_000)
})
