// Latency statistics of one load run: nearest-rank percentiles over every response's time.

/** The nearest-rank percentile (0 < p ≤ 100) of ascending values; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

/** What one load run measured: the latency (ms) of each 2xx response, every status, wall time. */
export interface RawRun {
  okLatenciesMs: number[]
  /** Responses by HTTP status ("200", "400", …); connection errors and timeouts under "error". */
  statuses: Record<string, number>
  durationMs: number
  /** Requests still unanswered when a timed run ended: neither timed nor counted as errors. */
  unfinished: number
}

export interface RunSummary {
  requests: number
  /** Responses that were not 2xx, and requests that got no response. */
  errors: number
  /** Unanswered when the run ended: when many are, the percentiles understate the wait. */
  unfinished: number
  /** Successful responses per second of wall time. */
  throughput: number
  p50: number
  p95: number
  p99: number
  max: number
}

const round = (value: number, digits = 1) => {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

/** Percentiles over the successful responses; errors are counted, not timed. */
export function summarize(run: RawRun): RunSummary {
  const sorted = [...run.okLatenciesMs].sort((a, b) => a - b)
  const requests = Object.values(run.statuses).reduce((sum, count) => sum + count, 0)
  return {
    requests,
    errors: requests - sorted.length,
    unfinished: run.unfinished,
    throughput: run.durationMs > 0 ? round((sorted.length * 1000) / run.durationMs) : 0,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  }
}

/** a / b rounded to two decimals (the OCOP backend's time over plain Medusa's). */
export function ratio(a: number, b: number): number {
  return b > 0 ? round(a / b, 2) : Number.NaN
}
