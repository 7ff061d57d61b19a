// Readiness checks: poll a URL until it answers, giving up early when its server exits.
import type { Service } from "./proc.js"

export interface WaitOptions {
  service: Service
  timeoutMs: number
  /** Which HTTP statuses count as ready. */
  ready: (status: number) => boolean
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function probe(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "manual" })
    await response.body?.cancel()
    return response.status
  } catch {
    return undefined
  }
}

/** Resolves with the first ready status; rejects on timeout or when the service exits. */
export async function waitForHttp(url: string, options: WaitOptions): Promise<number> {
  let exitCode: number | null | undefined
  let exited = false
  void options.service.exited.then((code) => {
    exited = true
    exitCode = code
  })
  const deadline = Date.now() + options.timeoutMs
  let last: number | undefined
  while (Date.now() < deadline) {
    if (exited)
      throw new Error(`${options.service.tag} exited (code ${exitCode}) before ${url} answered`)
    last = await probe(url)
    if (last !== undefined && options.ready(last)) return last
    await sleep(500)
  }
  const seen = last === undefined ? "no answer" : `last status ${last}`
  throw new Error(`${url} not ready after ${options.timeoutMs / 1000}s (${seen})`)
}
