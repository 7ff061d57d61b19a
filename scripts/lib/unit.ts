// Unit tests of the workspaces (plugin, storefront, …): every workspace with a `test` script and
// at least one test file runs it; Vitest suites also write a JSON report for the counts.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { repoRoot } from "./paths.js"
import { runForExitCode } from "./proc.js"
import { vitestCounts, type Counts } from "./reports.js"
import { reportedCounts } from "./steps.js"

interface Manifest {
  workspaces?: string[]
  scripts?: Record<string, string>
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Manifest

/** Workspace folders, relative to the root; supports the `folder/*` pattern the root uses. */
export function workspaceDirs(): string[] {
  const dirs: string[] = []
  for (const pattern of readManifest(repoRoot).workspaces ?? []) {
    if (!pattern.endsWith("/*")) {
      dirs.push(pattern)
      continue
    }
    const parent = pattern.slice(0, -2)
    for (const entry of readdirSync(path.join(repoRoot, parent), { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(`${parent}/${entry.name}`)
    }
  }
  return dirs.filter((dir) => existsSync(path.join(repoRoot, dir, "package.json")))
}

const skippedDirs = new Set([
  "node_modules",
  ".medusa",
  "build",
  "dist",
  ".react-router",
  "coverage",
])
const testFile = /\.(test|spec)\.[cm]?[jt]sx?$/

function hasTestFiles(dir: string): boolean {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!skippedDirs.has(entry.name) && hasTestFiles(path.join(dir, entry.name))) return true
    } else if (testFile.test(entry.name)) {
      return true
    }
  }
  return false
}

/** Workspaces whose package.json has the script `name`. */
export const workspacesWithScript = (name: string): string[] =>
  workspaceDirs().filter((dir) => readManifest(path.join(repoRoot, dir)).scripts?.[name])

export interface UnitSuite {
  workspace: string
  vitest: boolean
}

/** Workspaces that have a test script and tests; the test workspace itself runs later. */
export function unitSuites(): UnitSuite[] {
  return workspaceDirs()
    .filter((dir) => dir !== "test")
    .flatMap((dir) => {
      const script = readManifest(path.join(repoRoot, dir)).scripts?.test
      if (!script || !hasTestFiles(path.join(repoRoot, dir))) return []
      return [{ workspace: dir, vitest: script.trim().startsWith("vitest") }]
    })
}

/** Runs one workspace's tests; a non-Vitest runner counts as one test (its exit status). */
export async function runUnitSuite(suite: UnitSuite, reportDir: string): Promise<Counts> {
  const report = path.join(reportDir, `unit-${suite.workspace.replaceAll("/", "-")}.json`)
  const extra = suite.vitest
    ? [
        "--",
        "--passWithNoTests",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${report}`,
      ]
    : []
  const code = await runForExitCode("npm", ["test", "-w", suite.workspace, ...extra], {
    tag: `unit:${path.basename(suite.workspace)}`,
    cwd: repoRoot,
    env: { ...process.env, CI: "true" },
  })
  if (!suite.vitest) return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }
  return reportedCounts(vitestCounts(report), code)
}
