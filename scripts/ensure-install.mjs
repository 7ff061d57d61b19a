// Runs before `npm start` and `npm test`: installs dependencies when they are missing or do not
// match the manifests and the lockfile. Plain JavaScript because it must run before TypeScript
// tooling is installed. The check compares contents, not modification times, so a git checkout
// or an edit to a script never triggers a needless install.
import { execSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"

const lockfile = "package-lock.json"
const installed = "node_modules/.package-lock.json"
const sections = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"]

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"))
const sorted = (record = {}) => JSON.stringify(Object.entries(record).sort())

/** Manifests (root and workspaces) whose declared dependencies differ from the lockfile's copy. */
function manifestsOutOfSync(lock) {
  const root = readJson("package.json")
  const folders = (root.workspaces ?? []).flatMap((pattern) =>
    Object.keys(lock.packages).filter((key) =>
      pattern.endsWith("/*")
        ? key.startsWith(pattern.slice(0, -1)) && !key.slice(pattern.length - 1).includes("/")
        : key === pattern,
    ),
  )
  const changed = []
  for (const folder of ["", ...folders]) {
    const file = folder ? `${folder}/package.json` : "package.json"
    if (!existsSync(file)) continue
    const manifest = readJson(file)
    const recorded = lock.packages[folder] ?? {}
    const differs = sections.some((name) => sorted(manifest[name]) !== sorted(recorded[name]))
    if (differs || sorted(root.workspaces) !== sorted(lock.packages[""]?.workspaces)) {
      changed.push(file)
    }
  }
  return changed
}

/** Locked packages that node_modules lacks or holds in another version. */
function packagesOutOfSync(lock) {
  const tree = readJson(installed).packages ?? {}
  return Object.entries(lock.packages).filter(([key, entry]) => {
    if (!key.startsWith("node_modules/") || entry.link) return false
    const present = tree[key]
    // Platform-specific optional packages (other OS or CPU) are legitimately absent.
    if (!present) return !(entry.optional || entry.os || entry.cpu)
    return present.version !== entry.version
  })
}

function reasonToInstall() {
  if (!existsSync("node_modules") || !existsSync(installed)) return "node_modules is missing"
  if (!existsSync(lockfile)) return "package-lock.json is missing"
  const lock = readJson(lockfile)
  const manifests = manifestsOutOfSync(lock)
  if (manifests.length) return `dependencies changed in ${manifests.join(", ")}`
  const packages = packagesOutOfSync(lock)
  if (packages.length) return `${packages.length} packages differ from the lockfile`
  return undefined
}

const reason = reasonToInstall()
if (reason) {
  // A fresh clone installs exactly what the lockfile says; a working copy only tops up.
  const fresh = !existsSync("node_modules") && existsSync(lockfile)
  const command = fresh ? "npm ci" : "npm install"
  console.log(`[ocop] ${reason}: installing dependencies (${command})…`)
  execSync(command, { stdio: "inherit" })
}
