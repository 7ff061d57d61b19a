// The results of one `npm run bench`: their JSON shape, their file names and the markdown tables.
import path from "node:path"
import type { Catalogue } from "./fixtures.js"
import type { Machine } from "./machine.js"
import type { RunSummary } from "./stats.js"

/** Which backend answered: with the OCOP plugin, or the same build as plain Medusa. */
export type Backend = "ocop" | "plain"

export interface ScenarioResult extends RunSummary {
  scenario: string
  backend: Backend
  concurrency: number
}

export interface Comparison {
  scenario: string
  concurrency: number
  ocopP95: number
  plainP95: number
  /** ocopP95 / plainP95; the target is at most 1.15. */
  ratio: number
}

export interface TargetCheck {
  what: string
  limitMs: number
  actualMs: number
  met: boolean
}

export interface OversellCheck {
  units: number
  buyers: number
  sold: number
  /** Shelves anywhere with reserved > stocked or a negative level, after every checkout. */
  oversoldShelves: number
  ok: boolean
}

export interface BenchResults {
  startedAt: string
  machine: Machine
  /** 1/5/15 minute load averages when the run started and when it ended. */
  load: { start: number[]; end: number[] }
  catalogue: Catalogue
  durationSeconds: number
  coldStartMs: Partial<Record<Backend, number>>
  /** Resident memory of each backend in MB, idle after start and the peak under load. */
  rssMb: Partial<Record<Backend, { idle: number; peak: number }>>
  searches: { query: string; matches: number }[]
  scenarios: ScenarioResult[]
  comparisons: Comparison[]
  targets: TargetCheck[]
  oversell?: OversellCheck
}

/** bench/results/2026-11-23.json, or …/2026-11-23-search.json when only some scenarios ran. */
export function resultsPath(dir: string, startedAt: Date, only: string[] = []): string {
  const day = startedAt.toISOString().slice(0, 10)
  const suffix = only.length ? `-${[...only].sort().join("-")}` : ""
  return path.join(dir, `${day}${suffix}.json`)
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–")

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n")
}

export function renderMarkdown(results: BenchResults, labels: Record<string, string>): string {
  const label = (scenario: string) => labels[scenario] ?? scenario
  const sections = [
    `# Benchmark ${results.startedAt}`,
    [
      `${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GB, ` +
        `Node ${results.machine.node}. Load average at start ${results.load.start.join(" / ")}, ` +
        `at end ${results.load.end.join(" / ")} (1/5/15 min; the machine is shared).`,
      `Catalogue: ${results.catalogue.products} products (${results.catalogue.listed} listed), ` +
        `${results.catalogue.producers} producers, ${results.catalogue.places} places. ` +
        `${results.durationSeconds} s per scenario and concurrency; latencies in ms.`,
    ].join("\n"),
    table(
      [
        "scenario",
        "backend",
        "concurrency",
        "req/s",
        "p50",
        "p95",
        "p99",
        "errors / requests",
        "unfinished",
      ],
      results.scenarios.map((row) => [
        label(row.scenario),
        row.backend,
        String(row.concurrency),
        row.throughput.toFixed(1),
        ms(row.p50),
        ms(row.p95),
        ms(row.p99),
        `${row.errors} / ${row.requests}`,
        String(row.unfinished),
      ]),
    ),
  ]
  if (results.comparisons.length) {
    sections.push(
      "## With the OCOP plugin / plain Medusa (p95; target ≤ 1.15)",
      table(
        ["call", "concurrency", "OCOP p95", "plain p95", "ratio"],
        results.comparisons.map((row) => [
          label(row.scenario),
          String(row.concurrency),
          ms(row.ocopP95),
          ms(row.plainP95),
          Number.isFinite(row.ratio) ? row.ratio.toFixed(2) : "–",
        ]),
      ),
    )
  }
  if (results.targets.length) {
    sections.push(
      "## Targets",
      table(
        ["target", "limit", "measured", "met"],
        results.targets.map((row) => [
          row.what,
          `${row.limitMs} ms`,
          `${ms(row.actualMs)} ms`,
          row.met ? "yes" : "**no**",
        ]),
      ),
    )
  }
  const backends = Object.keys(results.coldStartMs) as Backend[]
  if (backends.length) {
    sections.push(
      "## Backend start and memory",
      table(
        ["backend", "cold start", "RSS idle", "RSS peak"],
        backends.map((backend) => [
          backend,
          `${((results.coldStartMs[backend] ?? Number.NaN) / 1000).toFixed(1)} s`,
          `${results.rssMb[backend]?.idle ?? "–"} MB`,
          `${results.rssMb[backend]?.peak ?? "–"} MB`,
        ]),
      ),
    )
  }
  if (results.oversell) {
    const check = results.oversell
    sections.push(
      "## No oversell",
      `${check.buyers} concurrent checkouts for ${check.units} units: ${check.sold} sold; ` +
        `${check.oversoldShelves} shelves oversold after all checkouts — ` +
        `${check.ok ? "no oversell" : "**OVERSOLD**"}.`,
    )
  }
  return `${sections.join("\n\n")}\n`
}
