// Timed steps for `npm test` and the closing summary. A step that runs tests reports their counts;
// any other step that fails counts as one failure, so a broken lint or build can never end in
// "0 failed".
import { errorMessage, info, seconds, warn } from "./log.js"
import type { Counts } from "./reports.js"

export type Status = "passed" | "failed" | "skipped"

export interface Outcome {
  name: string
  status: Status
  seconds: number
  counts?: Counts
  note?: string
}

const outcomes: Outcome[] = []

/** Runs one step: resolves its outcome, never throws. `fn` may return test counts. */
export async function step(
  name: string,
  fn: () => Promise<Counts | void>,
  skipReason?: string,
): Promise<Outcome> {
  if (skipReason) {
    warn(`skipping ${name}: ${skipReason}`)
    const outcome: Outcome = { name, status: "skipped", seconds: 0, note: skipReason }
    outcomes.push(outcome)
    return outcome
  }
  info(`▶ ${name}`)
  const started = Date.now()
  let outcome: Outcome
  try {
    const counts = (await fn()) ?? undefined
    const failed = counts !== undefined && counts.failed > 0
    outcome = { name, status: failed ? "failed" : "passed", seconds: 0, counts }
  } catch (error) {
    outcome = { name, status: "failed", seconds: 0, note: errorMessage(error) }
  }
  outcome.seconds = (Date.now() - started) / 1000
  info(`${outcome.status === "passed" ? "✔" : "✖"} ${name} (${seconds(started)})`)
  if (outcome.note) warn(`${name}: ${outcome.note}`)
  outcomes.push(outcome)
  return outcome
}

/** Failing test steps whose runner crashed before reporting still count as one failure. */
export function reportedCounts(counts: Counts | undefined, exitCode: number | null): Counts {
  if (counts && (exitCode === 0 || counts.failed > 0)) return counts
  if (exitCode === 0) return { passed: 0, failed: 0 }
  return { passed: counts?.passed ?? 0, failed: (counts?.failed ?? 0) + 1 }
}

/** Prints the step table and the final `N passed, N failed` line; returns the exit status. */
export function summarise(): number {
  let passed = 0
  let failed = 0
  console.log("")
  for (const outcome of outcomes) {
    if (outcome.counts) {
      passed += outcome.counts.passed
      failed += outcome.counts.failed
    } else if (outcome.status === "failed") {
      failed += 1
    }
    const tests = outcome.counts
      ? `  ${outcome.counts.passed} passed, ${outcome.counts.failed} failed`
      : ""
    const note = outcome.status === "skipped" ? `  (${outcome.note ?? ""})` : ""
    const time = `${outcome.seconds.toFixed(1)}s`.padStart(7)
    console.log(`${outcome.status.padEnd(8)}${time}  ${outcome.name}${tests}${note}`)
  }
  const anyFailed = failed > 0 || outcomes.some((outcome) => outcome.status === "failed")
  console.log(`${passed} passed, ${failed} failed`)
  return anyFailed ? 1 : 0
}
