// Runs before `npm start` and `npm test`: installs dependencies when they are missing or older
// than the lockfile and workspace manifests. Plain JavaScript because it must run before
// TypeScript tooling is installed.
import { execSync } from "node:child_process"
import { existsSync, statSync } from "node:fs"

const manifests = [
  "package.json",
  "package-lock.json",
  "backend/package.json",
  "plugins/medusa-plugin-ocop/package.json",
  "storefront/package.json",
  "seed/package.json",
  "test/package.json",
]
const marker = "node_modules/.package-lock.json"

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0)
const installedAt = mtime(marker)
const stale = installedAt === 0 || manifests.some((file) => mtime(file) > installedAt)

if (stale) {
  // A fresh clone installs exactly what the lockfile says; a working copy only tops up.
  const fresh = !existsSync("node_modules") && existsSync("package-lock.json")
  const command = fresh ? "npm ci" : "npm install"
  console.log(`[ocop] installing dependencies (${command})…`)
  execSync(command, { stdio: "inherit" })
}
