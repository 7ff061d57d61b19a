// `npm run server-response`: how fast a running storefront answers a page, from real HTTP
// requests at concurrency 1 and 16: time to the response headers (server response, what
// Lighthouse calls TTFB) and to the last byte, as p50/p95/p99, after a warm-up.
//
//   STOREFRONT_URL        storefront to measure (default http://localhost:8000, `npm start`)
//   SERVER_RESPONSE_PATH  page path (default: the first product the listing links)
//   SERVER_RESPONSE_REQUESTS  requests per concurrency level (default 200)
import os from "node:os"
import { performance } from "node:perf_hooks"
import { productPath, storefrontUrl } from "./storefront-target.ts"

const requests = Number.parseInt(process.env.SERVER_RESPONSE_REQUESTS ?? "200", 10) || 200
const concurrencies = [1, 16]
const warmup = 20

type Sample = { headers: number; body: number }

async function timeOne(url: string): Promise<Sample> {
  const start = performance.now()
  const response = await fetch(url, { headers: { "accept-encoding": "gzip" } })
  const headers = performance.now() - start
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
  return { headers, body: performance.now() - start }
}

async function run(url: string, total: number, concurrency: number) {
  const samples: Sample[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++
        samples.push(await timeOne(url))
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return { samples, perSecond: total / seconds }
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

const ms = (value: number) => `${Math.round(value)} ms`

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")

async function main() {
  const path = await productPath(process.env.SERVER_RESPONSE_PATH)
  const url = `${storefrontUrl}${path}`
  await run(url, warmup, 1)
  const rows: string[] = []
  const loadBefore = loadAverage()
  for (const concurrency of concurrencies) {
    const { samples, perSecond } = await run(url, requests, concurrency)
    const headers = samples.map((sample) => sample.headers)
    const bodies = samples.map((sample) => sample.body)
    rows.push(
      [
        concurrency,
        requests,
        ms(percentile(headers, 50)),
        ms(percentile(headers, 95)),
        ms(percentile(headers, 99)),
        ms(percentile(bodies, 95)),
        perSecond.toFixed(1),
      ].join(" | "),
    )
  }
  console.log(
    [
      `Server response of ${url}; ${new Date().toISOString()}`,
      `${os.cpus().length} CPUs; load average before ${loadBefore}, after ${loadAverage()}`,
      "",
      "| concurrency | requests | headers p50 | headers p95 | headers p99 | last byte p95 | requests/s |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...rows.map((row) => `| ${row} |`),
    ].join("\n"),
  )
}

await main()
