import type { MultiSearchQuery, SearchResponse, Settings } from "meilisearch" with {
  "resolution-mode": "import",
}

export type { MultiSearchQuery, SearchResponse, Settings }

export type MeiliEnqueuedTask = { taskUid: number }

export type MeiliTask = {
  status: "enqueued" | "processing" | "succeeded" | "failed" | "canceled"
  error?: { message: string; code: string } | null
}

export interface MeiliIndexHandle {
  addDocuments(
    documents: Record<string, unknown>[],
    options?: { primaryKey?: string },
  ): Promise<MeiliEnqueuedTask>
  deleteDocuments(params: string[] | { filter: string }): Promise<MeiliEnqueuedTask>
  deleteAllDocuments(): Promise<MeiliEnqueuedTask>
  updateSettings(settings: Settings): Promise<MeiliEnqueuedTask>
}

/**
 * The part of the official `meilisearch` client the provider uses. The real client satisfies
 * it (checked where it is created); unit tests pass a mock of it, since no Meilisearch server
 * runs there.
 */
export interface MeiliClient {
  index(uid: string): MeiliIndexHandle
  createIndex(uid: string, options?: { primaryKey?: string }): Promise<MeiliEnqueuedTask>
  deleteIndex(uid: string): Promise<MeiliEnqueuedTask>
  getStats(): Promise<{ indexes: Record<string, { numberOfDocuments: number }> }>
  multiSearch(params: { queries: MultiSearchQuery[] }): Promise<{ results: SearchResponse[] }>
  tasks: { waitForTask(uid: number, options?: { timeout?: number }): Promise<MeiliTask> }
}

export type MeilisearchOptions = {
  host: string
  apiKey?: string
  /** Per-request timeout, so a hung server fails fast and Postgres answers instead. */
  timeoutMs?: number
}

/** The official client is ESM-only; Node ≥ 20.19 loads it from this CommonJS build. */
export async function createMeiliClient(options: MeilisearchOptions): Promise<MeiliClient> {
  const { Meilisearch } = await import("meilisearch")
  const client: MeiliClient = new Meilisearch({
    host: options.host,
    apiKey: options.apiKey,
    timeout: options.timeoutMs ?? 2_000,
  })
  return client
}
