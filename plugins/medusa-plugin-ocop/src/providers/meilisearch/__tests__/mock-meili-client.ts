// A mock of the `meilisearch` client (no Meilisearch server runs in these tests): it records
// every call the provider makes and answers from what the test set up.
import type {
  MeiliClient,
  MeiliEnqueuedTask,
  MeiliIndexHandle,
  MeiliTask,
  MultiSearchQuery,
  SearchResponse,
  Settings,
} from "../client"

export type MockCall = { method: string; index?: string; args: unknown[] }

export class MockMeiliClient implements MeiliClient {
  readonly calls: MockCall[] = []
  /** Answers of `multiSearch`, one per query, in order; an Error makes the call reject. */
  responses: (SearchResponse | Error)[] = []
  /** Final state of tasks by uid; unlisted tasks succeed. */
  taskResults = new Map<number, MeiliTask>()
  stats: Record<string, { numberOfDocuments: number }> = {}
  private nextTask = 1

  private enqueue(method: string, index: string | undefined, args: unknown[]) {
    this.calls.push({ method, index, args })
    return Promise.resolve<MeiliEnqueuedTask>({ taskUid: this.nextTask++ })
  }

  callsTo(method: string): MockCall[] {
    return this.calls.filter((call) => call.method === method)
  }

  index(uid: string): MeiliIndexHandle {
    return {
      addDocuments: (documents, options) => this.enqueue("addDocuments", uid, [documents, options]),
      deleteDocuments: (params) => this.enqueue("deleteDocuments", uid, [params]),
      deleteAllDocuments: () => this.enqueue("deleteAllDocuments", uid, []),
      updateSettings: (settings: Settings) => this.enqueue("updateSettings", uid, [settings]),
    }
  }

  createIndex(uid: string, options?: { primaryKey?: string }) {
    return this.enqueue("createIndex", uid, [options])
  }

  deleteIndex(uid: string) {
    return this.enqueue("deleteIndex", uid, [])
  }

  async getStats() {
    this.calls.push({ method: "getStats", args: [] })
    return { indexes: this.stats }
  }

  async multiSearch(params: { queries: MultiSearchQuery[] }) {
    this.calls.push({ method: "multiSearch", args: [params] })
    const answers = params.queries.map(() => this.responses.shift() ?? emptyResponse())
    const failure = answers.find((answer): answer is Error => answer instanceof Error)
    if (failure) throw failure
    return { results: answers as SearchResponse[] }
  }

  tasks = {
    waitForTask: async (uid: number, options?: { timeout?: number }): Promise<MeiliTask> => {
      this.calls.push({ method: "waitForTask", args: [uid, options] })
      return this.taskResults.get(uid) ?? { status: "succeeded" }
    },
  }
}

export function emptyResponse(): SearchResponse {
  return { hits: [], processingTimeMs: 1, query: "", totalHits: 0 } as unknown as SearchResponse
}
