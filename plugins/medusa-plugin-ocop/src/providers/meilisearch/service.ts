import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import {
  createMeiliClient,
  type MeiliClient,
  type MeiliEnqueuedTask,
  type MeilisearchOptions,
} from "./client"
import { compileFilter } from "./filters"
import { fromMeiliResponse, toMeiliQuery } from "./query"
import { meilisearchSettings, toMeiliDocument } from "./settings"

type Task = SearchTypes.SearchTask

/** Meilisearch error codes that mean "that index is not there" to the Search Module. */
const MISSING = new Set(["index_not_found"])

function engineError(error: unknown): never {
  const code = (error as { cause?: { code?: string } }).cause?.code
  if (code && MISSING.has(code)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, (error as Error).message)
  }
  throw error
}

/**
 * Search provider on the official `meilisearch` client. Writes are asynchronous in
 * Meilisearch, so they return enqueued tasks and `waitForTask` settles them; schema calls
 * (`upsertIndex`, `deleteIndex`) wait themselves, since they run from `db:migrate`.
 */
export class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected readonly logger_: Logger
  protected readonly options_: MeilisearchOptions
  protected client_: Promise<MeiliClient> | undefined

  constructor({ logger }: { logger: Logger }, options: MeilisearchOptions, client?: MeiliClient) {
    super()
    if (!options?.host && !client) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "The meilisearch search provider needs a `host` (MEILISEARCH_HOST)",
      )
    }
    this.logger_ = logger
    this.options_ = options
    this.client_ = client ? Promise.resolve(client) : undefined
  }

  protected client(): Promise<MeiliClient> {
    this.client_ ??= createMeiliClient(this.options_)
    return this.client_
  }

  protected enqueued(index: string, task: MeiliEnqueuedTask): Task {
    return { id: String(task.taskUid), index, status: "enqueued" }
  }

  async waitForTask(task: Task, options?: { timeout_ms?: number }): Promise<Task> {
    if (task.id === undefined) return task
    const client = await this.client()
    const done = await client.tasks.waitForTask(Number(task.id), {
      timeout: options?.timeout_ms ?? 60_000,
    })
    return done.status === "succeeded"
      ? { ...task, status: "succeeded" }
      : {
          ...task,
          status: "failed",
          error: { message: done.error?.message ?? done.status, code: done.error?.code },
        }
  }

  protected async settle(index: string, task: MeiliEnqueuedTask, tolerated: string[] = []) {
    const done = await this.waitForTask(this.enqueued(index, task))
    if (done.status === "failed" && !tolerated.includes(done.error?.code ?? "")) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch task on "${index}" failed: ${done.error?.message}`,
      )
    }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }) {
    const settings = meilisearchSettings(index)
    const client = await this.client()
    const uid = index.physical_name
    await this.settle(uid, await client.createIndex(uid, { primaryKey: index.primary_key }), [
      "index_already_exists",
    ])
    await this.settle(uid, await client.index(uid).updateSettings(settings))
    return { index: uid, status: "succeeded" } as Task
  }

  async deleteIndex({ index }: { index: string }) {
    const client = await this.client()
    await this.settle(index, await client.deleteIndex(index), ["index_not_found"])
    return { index, status: "succeeded" } as Task
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const { indexes } = await (await this.client()).getStats()
    return Object.entries(indexes).map(([name, stats]) => ({
      name,
      provider: MeilisearchSearchProvider.identifier,
      document_count: stats.numberOfDocuments,
    }))
  }

  async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }) {
    const documents = input.documents.map((document) => toMeiliDocument(document, input.definition))
    const client = await this.client()
    const task = await client
      .index(input.index)
      .addDocuments(documents, { primaryKey: input.definition.primary_key })
      .catch(engineError)
    return this.enqueued(input.index, task)
  }

  /** `{ id: [...] }` is a delete by primary key (every index of this plugin is keyed by `id`). */
  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput) {
    const keys = Object.keys(filters)
    const ids = keys.length === 1 && keys[0] === "id" ? filters.id : undefined
    const handle = (await this.client()).index(index)
    const task = await (
      ids !== undefined && (typeof ids === "string" || Array.isArray(ids))
        ? handle.deleteDocuments((Array.isArray(ids) ? ids : [ids]).map(String))
        : handle.deleteDocuments({ filter: compileFilter(filters) ?? "" })
    ).catch(engineError)
    return this.enqueued(index, task)
  }

  async clearIndex({ index }: { index: string }) {
    const task = await (await this.client()).index(index).deleteAllDocuments().catch(engineError)
    return this.enqueued(index, task)
  }

  async search(input: SearchTypes.ProviderSearchQuery) {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query of a request (disjunctive facets included) in one round-trip. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]) {
    if (!inputs.length) return []
    const queries = inputs.map(toMeiliQuery)
    const { results } = await (await this.client()).multiSearch({ queries }).catch(engineError)
    return results.map((response, position) => fromMeiliResponse(inputs[position], response))
  }
}

export default MeilisearchSearchProvider
