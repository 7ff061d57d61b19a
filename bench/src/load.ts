// The load generator, run as its own process so its CPU is not the server's event loop: reads a
// LoadSpec as JSON on stdin, drives it with autocannon and prints a RawRun as JSON on stdout.
import autocannon from "autocannon"
import type { RawRun } from "./stats.js"

export interface LoadRequest {
  method: "GET" | "POST"
  path: string
  /** JSON text of a POST body. */
  body?: string
}

export interface LoadSpec {
  baseUrl: string
  connections: number
  /** Run for this long… */
  durationSeconds?: number
  /** …or send exactly this many requests (each request may be used once, e.g. a cart). */
  amount?: number
  headers: Record<string, string>
  /** Taken in turn by all connections together; wraps around when `durationSeconds` is set. */
  requests: LoadRequest[]
  timeoutSeconds: number
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString("utf8")
}

export async function runLoad(spec: LoadSpec): Promise<RawRun> {
  let next = 0
  const statuses: Record<string, number> = {}
  const okLatenciesMs: number[] = []
  const started = performance.now()
  let finish: (result: autocannon.Result) => void = () => {}
  let fail: (error: Error) => void = () => {}
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  const options: autocannon.Options = {
    url: spec.baseUrl,
    connections: spec.connections,
    ...(spec.amount ? { amount: spec.amount } : { duration: spec.durationSeconds ?? 10 }),
    timeout: spec.timeoutSeconds,
    requests: [
      {
        setupRequest: (request) => {
          const chosen = spec.requests[next++ % spec.requests.length]
          if (!chosen) return request
          return {
            ...request,
            method: chosen.method,
            path: chosen.path,
            headers: {
              ...spec.headers,
              ...(chosen.body ? { "content-type": "application/json" } : {}),
            },
            ...(chosen.body ? { body: chosen.body } : {}),
          }
        },
      },
    ],
  }
  const instance = autocannon(options, (error, result) => (error ? fail(error) : finish(result)))
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
    if (statusCode >= 200 && statusCode < 300) okLatenciesMs.push(responseTime)
  })
  const result = await done
  if (result.errors) statuses.error = result.errors
  const durationMs = result.duration ? result.duration * 1000 : performance.now() - started
  const answered = Object.values(statuses).reduce((sum, count) => sum + count, 0)
  const unfinished = Math.max(0, result.requests.sent - answered)
  return { okLatenciesMs, statuses, durationMs, unfinished }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const spec = JSON.parse(await readStdin()) as LoadSpec
  process.stdout.write(`${JSON.stringify(await runLoad(spec))}\n`)
}
