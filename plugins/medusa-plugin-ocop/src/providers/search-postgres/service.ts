import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"

type Fields = Record<string, SearchTypes.SearchFieldDefinition>

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
 * Medusa's Postgres search provider, keeping its rows small. It stores every field twice in
 * jsonb (`document`, `indexed`) besides the tsvector, and filters, sorts and facets read
 * `indexed` row by row: with the story text in it, each row is a TOASTed blob decompressed on
 * every read, which made a facet over a few thousand matches cost seconds at national scale.
 * After each write the story (matched through the tsvector only) and the display-only fields
 * are dropped from `indexed`, and never-returned fields from `document`. Everything else —
 * schema, queries, the "search-postgres" identifier — is the provider's own.
 */
export class SlimPostgresSearchProvider extends PostgresSearchService {
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
