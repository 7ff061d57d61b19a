import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import {
  assertQuerySupported,
  type IndexPlan,
  projectDocument,
} from "@medusajs/search-postgres/dist/utils"
import {
  addRankVectorSql,
  facetsOf,
  fitsOneStatement,
  oneStatement,
  type OneStatementRow,
  RANK_VECTOR,
} from "./one-statement"

type Fields = Record<string, SearchTypes.SearchFieldDefinition>
type Catalog = Awaited<ReturnType<PostgresSearchService["retrieve"]>>

/** How long a search trusts the catalogue row of an index it has read. */
const CATALOG_TTL_MS = 5_000

const used = (field: SearchTypes.SearchFieldDefinition) =>
  !!(field.filterable || field.sortable || field.facetable)
const searchable = (field: SearchTypes.SearchFieldDefinition) =>
  field.searchable === true || typeof field.searchable === "object"

/** Top-level fields no filter, sort or facet reads, which the `indexed` column need not hold. */
export function notIndexed(fields: Fields): string[] {
  return Object.entries(fields)
    .filter(([, field]) => !used(field) && !(searchable(field) && field.retrievable !== false))
    .map(([name]) => name)
}

/** Top-level fields never returned, which the `document` column need not hold. */
export function notRetrieved(fields: Fields): string[] {
  return Object.entries(fields)
    .filter(([, field]) => field.retrievable === false)
    .map(([name]) => name)
}

/**
 * Medusa's Postgres search provider, keeping its rows small and answering a plain search in
 * one statement. The provider stores every field twice in jsonb (`document`, `indexed`) besides
 * the tsvector, and filters, sorts and facets read `indexed` row by row: with the story text in
 * it, each row is a TOASTed blob decompressed on every read, which made a facet over a few
 * thousand matches cost seconds at national scale. After each write the story (matched through
 * the tsvector only) and the display-only fields are dropped from `indexed`, and never-returned
 * fields from `document`. Tables get a short `rank_vector` to rank on, and a search without typo
 * matching, vectors or deduplication runs as one statement (one-statement.ts); everything else —
 * the rest of the schema, other queries, the "search-postgres" identifier — is the provider's own.
 */
export class SlimPostgresSearchProvider extends PostgresSearchService {
  /** Per document table: the column relevance is ranked on. */
  private readonly rankColumns = new Map<string, string>()
  /** Per physical index: its catalogue row as last read, for searches. */
  private readonly catalogs = new Map<string, { catalog: Catalog; at: number }>()

  protected async createDocumentTable(
    table: string,
    plan: IndexPlan,
    manager: Parameters<PostgresSearchService["createDocumentTable"]>[2],
  ) {
    await super.createDocumentTable(table, plan, manager)
    if (!this.isLakebase_) await manager.execute(addRankVectorSql(table))
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    if (this.isLakebase_) return super.search(input)
    assertQuerySupported(input, this.engine_)
    const catalog = await this.catalogOf(input.index.physical_name)
    if (!fitsOneStatement(input, catalog.plan)) return super.search(input)
    const started = Date.now()
    const q = input.q?.trim()
    const statement = oneStatement({
      table: catalog.table_name,
      plan: catalog.plan,
      query: input,
      tsConfig: this.tsConfig_,
      rankColumn: await this.rankColumnOf(catalog.table_name),
      orderSql: this.resolveOrderBy(input, catalog.plan, !!q),
    })
    let row: OneStatementRow
    try {
      ;[row] = await this.manager_.execute(statement.sql, statement.params)
    } catch (error) {
      // The table may have gone with its index (another process migrated it): Medusa's own
      // path reads the catalogue afresh and reports a missing index as the module expects.
      this.logger_?.warn(`[search] one-statement search failed: ${(error as Error).message}`)
      this.catalogs.delete(input.index.physical_name)
      return super.search(input)
    }
    const options = input.search_options ?? {}
    return {
      hits: (row.hits ?? []).map((hit) => ({
        id: hit.id,
        score: options.include_score ? Number(hit.score) : undefined,
        document: projectDocument(hit.document, input.attributes_to_retrieve),
      })),
      facets: facetsOf(statement, row),
      metadata: {
        skip: input.pagination?.skip ?? 0,
        take: input.pagination?.take ?? 20,
        count: options.count === "none" ? null : Number(row.count ?? 0),
        query: input.q,
        processing_time_ms: Date.now() - started,
      },
    }
  }

  /**
   * A search reads the index's catalogue row (table and plan) at most every few seconds: a
   * physical index keeps its table and plan for its life (a new definition is a new physical
   * index), and this process forgets it when it rebuilds or drops one itself.
   */
  private async catalogOf(index: string): Promise<Catalog> {
    const cached = this.catalogs.get(index)
    if (cached && Date.now() - cached.at < CATALOG_TTL_MS) return cached.catalog
    const catalog = await this.retrieve(index)
    this.catalogs.set(index, { catalog, at: Date.now() })
    return catalog
  }

  async upsertIndex(input: { index: SearchTypes.ResolvedSearchIndexDefinition }) {
    this.catalogs.delete(input.index.physical_name)
    return super.upsertIndex(input)
  }

  async deleteIndex(input: { index: string }) {
    this.catalogs.delete(input.index)
    return super.deleteIndex(input)
  }

  /** `rank_vector`, or the full vector on a table created before it and not migrated since. */
  private async rankColumnOf(table: string) {
    let column = this.rankColumns.get(table)
    if (!column) {
      const rows = await this.manager_.execute(
        `SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = ?`,
        [table, RANK_VECTOR],
      )
      column = rows.length ? RANK_VECTOR : "search_vector"
      this.rankColumns.set(table, column)
    }
    return column
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    const task = await super.upsertDocuments(input)
    const fromIndexed = notIndexed(input.definition.fields)
    const fromDocument = notRetrieved(input.definition.fields)
    const ids = input.documents.map((document) => String(document[input.definition.primary_key]))
    const catalog = await this.getCatalog(input.index)
    if (!catalog || !ids.length || !(fromIndexed.length || fromDocument.length)) return task
    // One placeholder per value: MikroORM inlines an array binding into invalid SQL.
    const list = (values: string[]) => values.map(() => "?").join(", ")
    const without = (column: string, keys: string[]) =>
      keys.length ? `"${column}" - ARRAY[${list(keys)}]::text[]` : `"${column}"`
    await this.manager_.execute(
      `UPDATE "${catalog.table_name}"
          SET "indexed" = ${without("indexed", fromIndexed)},
              "document" = ${without("document", fromDocument)}
        WHERE "id" IN (${list(ids)})`,
      [...fromIndexed, ...fromDocument, ...ids],
    )
    return task
  }
}

export default SlimPostgresSearchProvider
