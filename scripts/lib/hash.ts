// Content hashes of source trees, used to decide whether a build or a migration is stale.
import { createHash } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { paths } from "./paths.js"

/** Folders and files that are outputs, caches or machine-local, never build inputs. */
const ignoredNames = new Set([
  "node_modules",
  ".medusa",
  "build",
  "dist",
  ".react-router",
  ".cache",
  ".turbo",
  "coverage",
  "test-results",
  "playwright-report",
  ".DS_Store",
])

function isIgnored(name: string): boolean {
  return (
    ignoredNames.has(name) || name === ".env" || name.startsWith(".env.") || name.endsWith(".log")
  )
}

/**
 * Data that lives inside a source folder: backend/uploads, written by every seed and by the
 * running backend. Hashing it made each seeded run rebuild the backend.
 */
const dataFolders = new Set([paths.uploads])

function listFiles(dir: string, base: string, out: string[]) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (isIgnored(entry.name) || dataFolders.has(full)) continue
    if (entry.isDirectory()) listFiles(full, base, out)
    else if (entry.isFile()) out.push(path.relative(base, full))
  }
}

/** Hashes every file under `dir` (paths and contents), skipping outputs and caches. */
export function hashTree(dir: string): string {
  const files: string[] = []
  listFiles(dir, dir, files)
  files.sort()
  const hash = createHash("sha256")
  for (const file of files) {
    hash.update(file.split(path.sep).join("/")).update("\0")
    hash.update(readFileSync(path.join(dir, file))).update("\0")
  }
  return hash.digest("hex")
}

export function hashFile(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex")
}

/** Combines several hashes or values into one. */
export function combine(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\n")).digest("hex")
}
