// Test counts from the JSON reports of Vitest and Playwright.
import { existsSync, readFileSync } from "node:fs"

export interface Counts {
  passed: number
  failed: number
}

function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, "utf8"))
  } catch {
    return undefined
  }
}

const count = (value: unknown): number => (typeof value === "number" ? value : 0)

/** Vitest's JSON reporter (Jest-compatible); undefined when the run wrote no report. */
export function vitestCounts(file: string): Counts | undefined {
  const report = readJson(file) as Record<string, unknown> | undefined
  if (!report) return undefined
  return { passed: count(report.numPassedTests), failed: count(report.numFailedTests) }
}

/** Playwright's JSON reporter: flaky tests passed on retry and count as passed. */
export function playwrightCounts(file: string): Counts | undefined {
  const report = readJson(file) as { stats?: Record<string, unknown> } | undefined
  if (!report?.stats) return undefined
  const { expected, flaky, unexpected } = report.stats
  return { passed: count(expected) + count(flaky), failed: count(unexpected) }
}
