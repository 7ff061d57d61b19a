// `npm run lighthouse`: Lighthouse (mobile emulation, simulated throttling) on the home, listing
// and product pages of a running storefront, each page several times, medians printed as a
// Markdown table and kept with every report under storefront/lighthouse-reports/<time>/.
//
//   STOREFRONT_URL           storefront to measure (default http://localhost:8000, `npm start`)
//   LIGHTHOUSE_RUNS          runs per page (default 3)
//   LIGHTHOUSE_PRODUCT_PATH  product page path (default: the first product the listing links)
//   CHROME_PATH              Chromium (default PLAYWRIGHT_CHROMIUM_EXECUTABLE or /usr/bin/chromium)
import { spawn } from "node:child_process"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { CHROMIUM_FLAGS } from "../../scripts/lib/chromium-flags.ts"
import { productPath, storefrontUrl } from "./storefront-target.ts"

const categories = ["performance", "accessibility", "best-practices", "seo"] as const
const metrics = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  CLS: "cumulative-layout-shift",
  SI: "speed-index",
  TTFB: "server-response-time",
} as const
type MetricName = keyof typeof metrics

interface Run {
  scores: Record<(typeof categories)[number], number>
  metrics: Record<MetricName, number>
  lcpElement: string
}

interface LighthouseResult {
  runtimeError?: { message: string }
  categories: Record<string, { score: number | null } | undefined>
  audits: Record<string, { numericValue?: number; details?: unknown }>
}

const runsPerPage = Number.parseInt(process.env.LIGHTHOUSE_RUNS ?? "3", 10) || 3
const chromePath =
  process.env.CHROME_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || "/usr/bin/chromium"
const lighthouseCli = createRequire(import.meta.url).resolve("lighthouse/cli/index.js")
const storefrontDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outDir = path.join(
  storefrontDir,
  "lighthouse-reports",
  new Date().toISOString().replace(/[:.]/g, "-"),
)

function runLighthouse(url: string, outputPath: string): Promise<void> {
  const args = [
    lighthouseCli,
    url,
    `--only-categories=${categories.join(",")}`,
    "--output=json",
    "--output=html",
    `--output-path=${outputPath}`,
    `--chrome-flags=${CHROMIUM_FLAGS.join(" ")}`,
    "--quiet",
  ]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ["ignore", "inherit", "inherit"],
    })
    child.on("error", reject)
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse ${url} exited with ${code}`)),
    )
  })
}

function lcpElementOf(result: LighthouseResult): string {
  const details = result.audits["largest-contentful-paint-element"]?.details as
    { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined
  return details?.items?.[0]?.items?.[0]?.node?.snippet ?? "?"
}

/** One Lighthouse run; a run the browser could not finish (an error page) is tried again. */
async function measure(url: string, name: string, index: number): Promise<Run> {
  const base = path.join(outDir, `${name}-${index}`)
  let result: LighthouseResult | null = null
  for (let attempt = 1; attempt <= 3 && !result?.categories.performance?.score; attempt++) {
    await runLighthouse(url, base).catch((error: unknown) => console.error(String(error)))
    result = await readFile(`${base}.report.json`, "utf8").then(
      (text) => JSON.parse(text) as LighthouseResult,
      () => null,
    )
    if (!result?.categories.performance?.score) {
      console.error(`${name} run ${index}: ${result?.runtimeError?.message ?? "no report"}`)
    }
  }
  if (!result?.categories.performance?.score) throw new Error(`${url}: no Lighthouse score`)
  const scores = Object.fromEntries(
    categories.map((category) => [
      category,
      Math.round((result.categories[category]?.score ?? 0) * 100),
    ]),
  ) as Run["scores"]
  const values = Object.fromEntries(
    Object.entries(metrics).map(([label, audit]) => [
      label,
      result.audits[audit]?.numericValue ?? Number.NaN,
    ]),
  ) as Run["metrics"]
  return { scores, metrics: values, lcpElement: lcpElementOf(result) }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const formatMetric = (name: MetricName, value: number): string =>
  name === "CLS" ? value.toFixed(3) : `${Math.round(value)} ms`

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")

async function main() {
  await mkdir(outDir, { recursive: true })
  const pages = [
    { name: "home", path: "/" },
    { name: "listing", path: "/products" },
    { name: "product", path: await productPath(process.env.LIGHTHOUSE_PRODUCT_PATH) },
  ]
  const loadBefore = loadAverage()
  const rows: string[] = []
  const summary = []
  for (const page of pages) {
    const runs: Run[] = []
    for (let index = 1; index <= runsPerPage; index++) {
      const run = await measure(`${storefrontUrl}${page.path}`, page.name, index)
      console.log(
        `${page.name} run ${index}: performance ${run.scores.performance}, ` +
          `accessibility ${run.scores.accessibility}, load ${loadAverage()}`,
      )
      runs.push(run)
    }
    const scores = Object.fromEntries(
      categories.map((category) => [category, median(runs.map((run) => run.scores[category]))]),
    )
    const values = Object.fromEntries(
      (Object.keys(metrics) as MetricName[]).map((name) => [
        name,
        median(runs.map((run) => run.metrics[name])),
      ]),
    ) as Run["metrics"]
    const performanceRuns = runs.map((run) => run.scores.performance).join("/")
    summary.push({ ...page, runs, median: { scores, metrics: values } })
    rows.push(
      [
        `${page.name} \`${page.path}\``,
        `${scores.performance} (${performanceRuns})`,
        scores.accessibility,
        scores["best-practices"],
        scores.seo,
        ...(Object.keys(metrics) as MetricName[]).map((name) => formatMetric(name, values[name])),
      ].join(" | "),
    )
  }
  const loadAfter = loadAverage()
  const table = [
    `Lighthouse ${runsPerPage} runs a page, medians; ${storefrontUrl}; ${new Date().toISOString()}`,
    `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}); load average before ${loadBefore}, after ${loadAfter}`,
    "",
    "| page | performance (runs) | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | SI | TTFB |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
    "",
    ...summary.map(
      (page) =>
        `LCP element, ${page.name}: ${[...new Set(page.runs.map((run) => run.lcpElement))].join(" / ")}`,
    ),
  ].join("\n")
  await writeFile(path.join(outDir, "summary.json"), JSON.stringify(summary, null, 2))
  await writeFile(path.join(outDir, "summary.md"), `${table}\n`)
  console.log(`\n${table}\n\nReports: ${outDir}`)
}

await main()
