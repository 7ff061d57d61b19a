// `npm run bench`: the marketplace in production mode on the national catalogue (seeded into
// .data/bench on first run), a plain-Medusa twin on the same database, load from another process,
// results in bench/results/<date>.json and .md. See docs/performance.md.
//   --duration <s>        seconds per scenario and concurrency (default 10)
//   --only <a,b>          only these scenarios (names in scenarios.ts)
//   --concurrency <1,16>  concurrencies (default 1,16,64)
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { installSignalHandlers, isShuttingDown, runCleanups } from "../../scripts/lib/lifecycle.js"
import { errorMessage, tagged } from "../../scripts/lib/log.js"
import { repoRoot } from "../../scripts/lib/paths.js"
import { startStack } from "../../scripts/lib/stack.js"
import { regionId } from "../../test/support/admin-api"
import { drive } from "./drive.js"
import { loadFixtures } from "./fixtures.js"
import { describeMachine, groupRssMb, loadAverage, watchPeakRss } from "./machine.js"
import { checkOversell, stockShelves } from "./oversell.js"
import { startPlainBackend } from "./plain-backend.js"
import { waitForSearchIndexes } from "./search-index.js"
import {
  type BenchResults,
  type Comparison,
  renderMarkdown,
  resultsPath,
  type ScenarioResult,
  type TargetCheck,
} from "./report.js"
import { onStorefront, type ScenarioContext, scenarios } from "./scenarios.js"
import { ratio, summarize } from "./stats.js"

const log = (message: string) => tagged("bench", message)

function option(name: string): string | undefined {
  const args = process.argv.slice(2)
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`))
  if (index < 0) return undefined
  return args[index]!.includes("=") ? args[index]!.split("=")[1] : args[index + 1]
}

const port = (name: string, fallback: number): number => {
  const value = Number.parseInt(process.env[name] ?? "", 10)
  return Number.isInteger(value) && value > 0 ? value : fallback
}

const durationSeconds = Number(option("duration") ?? 10)
const only = option("only")?.split(",").filter(Boolean) ?? []
const concurrencies = (option("concurrency") ?? "1,16,64").split(",").map(Number)
const selected = scenarios.filter((scenario) => !only.length || only.includes(scenario.name))
const unknown = only.filter((name) => !scenarios.some((scenario) => scenario.name === name))
if (unknown.length) throw new Error(`unknown scenarios: ${unknown.join(", ")}`)

/** The national catalogue has 20,480 products; fewer means this database holds something else. */
const NATIONAL_MINIMUM = 20_000

function targets(rows: ScenarioResult[]): TargetCheck[] {
  const p95 = (scenario: string, concurrency: number) =>
    rows.find((row) => row.scenario === scenario && row.concurrency === concurrency)?.p95
  const checks: [string, string, number, number][] = [
    ["store list p95 at concurrency 16", "store-list", 16, 100],
    ["product page SSR p95 at concurrency 16", "ssr-product", 16, 150],
    ["search p95 at concurrency 1", "search", 1, 50],
    ["search p95 at concurrency 16", "search", 16, 50],
    ["officer dashboard p95 at concurrency 1 (issue #18)", "dashboard", 1, 300],
  ]
  return checks.flatMap(([what, scenario, concurrency, limitMs]) => {
    const actualMs = p95(scenario, concurrency)
    return actualMs === undefined ? [] : [{ what, limitMs, actualMs, met: actualMs <= limitMs }]
  })
}

function comparisons(rows: ScenarioResult[]): Comparison[] {
  return rows.flatMap((ocop) => {
    if (ocop.backend !== "ocop") return []
    const plain = rows.find(
      (row) =>
        row.backend === "plain" &&
        row.scenario === ocop.scenario &&
        row.concurrency === ocop.concurrency,
    )
    if (!plain) return []
    return [
      {
        scenario: ocop.scenario,
        concurrency: ocop.concurrency,
        ocopP95: ocop.p95,
        plainP95: plain.p95,
        ratio: ratio(ocop.p95, plain.p95),
      },
    ]
  })
}

/**
 * Waits until the backends answer their smallest call quickly again: requests a run left
 * unanswered are still being worked on after its clients closed, and would slow the next run.
 */
async function settle(urls: string[], publishableKey: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  for (const url of urls) {
    while (Date.now() < deadline) {
      const started = Date.now()
      const res = await fetch(`${url}/store/regions`, {
        headers: { "x-publishable-api-key": publishableKey },
      })
      await res.arrayBuffer()
      if (Date.now() - started < 300) break
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
}

async function main() {
  const startedAt = new Date()
  const loadStart = loadAverage()
  log(`load average ${loadStart.join(" / ")}`)
  const pgPort = port("PGPORT", 54339)
  const backendPort = port("BACKEND_PORT", 9020)
  const stack = await startStack({
    dataDir: path.join(repoRoot, ".data", "bench"),
    pgPort,
    backendPort,
    storefrontPort: port("STOREFRONT_PORT", 8020),
    databaseName: "ocop",
    seed: true,
    env: { ...process.env, OCOP_SEED_SCALE: "national" },
  })
  if (!stack.publishableKey || !stack.storefrontUrl) {
    throw new Error("the stack has no publishable key or no storefront")
  }
  const fixtures = await loadFixtures(stack.databaseUrl, stack.publishableKey)
  if (fixtures.catalogue.products < NATIONAL_MINIMUM) {
    throw new Error(
      `.data/bench holds ${fixtures.catalogue.products} products, not the national catalogue: ` +
        "remove .data/bench and run again",
    )
  }
  process.env.BACKEND_URL = stack.backendUrl
  process.env.MEDUSA_PUBLISHABLE_KEY = stack.publishableKey
  await waitForSearchIndexes()
  const idle = { ocop: groupRssMb(stack.pids.backend), plain: Number.NaN }
  const plain = await startPlainBackend({
    databaseUrl: stack.databaseUrl,
    port: port("PLAIN_BACKEND_PORT", backendPort + 1),
    storefrontUrl: stack.storefrontUrl,
  })
  idle.plain = groupRssMb(plain.service.pid)
  log(`plain Medusa ready at ${plain.url} in ${(plain.coldStartMs / 1000).toFixed(1)} s`)
  const peaks = { ocop: watchPeakRss(stack.pids.backend), plain: watchPeakRss(plain.service.pid) }

  const region = await regionId()
  // The last shelf is kept for the no-oversell check; the others feed the cart scenarios.
  const checkoutShelves = fixtures.shelves.slice(0, -1)
  const scarceShelf = fixtures.shelves.at(-1)!
  const context = (backend: "ocop" | "plain"): ScenarioContext => ({
    fixtures: { ...fixtures, shelves: checkoutShelves },
    backendUrl: backend === "ocop" ? stack.backendUrl : plain.url,
    storefrontUrl: stack.storefrontUrl!,
    publishableKey: stack.publishableKey!,
    regionId: region,
  })
  if (
    selected.some((scenario) => scenario.name === "checkout" || scenario.name === "add-to-cart")
  ) {
    log(`stocking ${checkoutShelves.length} shelves for the cart scenarios`)
    await stockShelves(checkoutShelves)
  }

  const searches = []
  for (const query of fixtures.searchTerms) {
    const res = await fetch(
      `${stack.backendUrl}/store/ocop/products?limit=1&q=${encodeURIComponent(query)}`,
      { headers: { "x-publishable-api-key": stack.publishableKey } },
    )
    searches.push({ query, matches: ((await res.json()) as { count: number }).count })
  }
  log(`search terms: ${searches.map((s) => `${s.query} (${s.matches})`).join(", ")}`)

  const rows: ScenarioResult[] = []
  for (const scenario of selected) {
    for (const concurrency of concurrencies) {
      if (scenario.concurrencies && !scenario.concurrencies.includes(concurrency)) continue
      for (const backend of scenario.backends) {
        const target = context(backend)
        const baseUrl = onStorefront(scenario) ? target.storefrontUrl : target.backendUrl
        const headers: Record<string, string> = onStorefront(scenario)
          ? {}
          : { "x-publishable-api-key": target.publishableKey }
        const run = await scenario.prepare(target, concurrency)
        const spec = {
          baseUrl,
          headers: { ...headers, ...run.headers },
          requests: run.requests,
          timeoutSeconds: 60,
        }
        if (scenario.warmUp) await drive({ ...spec, connections: 4, durationSeconds: 2 })
        log(`${scenario.name} on ${backend}, concurrency ${concurrency}…`)
        const raw = await drive({
          ...spec,
          connections: concurrency,
          ...(run.amount ? { amount: run.amount } : { durationSeconds }),
        })
        await settle([stack.backendUrl, plain.url], target.publishableKey)
        const row = { scenario: scenario.name, backend, concurrency, ...summarize(raw) }
        rows.push(row)
        log(
          `${scenario.name} on ${backend}, concurrency ${concurrency}: ${row.throughput} req/s, ` +
            `p50 ${row.p50} p95 ${row.p95} p99 ${row.p99} ms, ${row.errors}/${row.requests} errors, ` +
            `${row.unfinished} unfinished` +
            (row.errors ? ` ${JSON.stringify(raw.statuses)}` : ""),
        )
      }
    }
  }

  let oversell
  if (!only.length || only.includes("checkout")) {
    log("no-oversell check: 32 concurrent checkouts for 8 units")
    try {
      oversell = await checkOversell(context("ocop"), stack.databaseUrl, scarceShelf, 8, 32)
      log(`${oversell.sold} sold, ${oversell.oversoldShelves} shelves oversold`)
    } catch (error) {
      log(`no-oversell check failed to run: ${errorMessage(error)}`)
    }
  }

  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    machine: describeMachine(),
    load: { start: loadStart, end: loadAverage() },
    catalogue: fixtures.catalogue,
    durationSeconds,
    coldStartMs: { ocop: stack.backendStartMs, plain: plain.coldStartMs },
    rssMb: {
      ocop: { idle: idle.ocop, peak: peaks.ocop() },
      plain: { idle: idle.plain, peak: peaks.plain() },
    },
    searches,
    scenarios: rows,
    comparisons: comparisons(rows),
    targets: targets(rows),
    oversell,
  }
  const file = resultsPath(path.join(repoRoot, "bench", "results"), startedAt, only)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  const labels = Object.fromEntries(scenarios.map((scenario) => [scenario.name, scenario.label]))
  const markdown = renderMarkdown(results, labels)
  writeFileSync(file.replace(/\.json$/, ".md"), markdown)
  process.stdout.write(`\n${markdown}\n`)
  log(`results in ${path.relative(repoRoot, file)} and .md`)
  log(`load average ${results.load.end.join(" / ")}`)
  await plain.service.stop()
  await stack.stop()
}

installSignalHandlers()
try {
  await main()
} catch (error) {
  if (!isShuttingDown()) {
    log(`bench failed: ${errorMessage(error)}`)
    await runCleanups()
    process.exit(1)
  }
}
