// Builds @ocop/shared, the plugin, the backend and the storefront when their inputs changed. Each target's
// input hash (its sources and config, the lockfile and the hashes of what it depends on) is kept
// in .data/build-stamps.json, so an unchanged checkout skips every build.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import path from "node:path"
import { combine, hashFile, hashTree } from "./hash.js"
import { info, seconds, warn } from "./log.js"
import { paths, repoRoot, storefrontExists } from "./paths.js"
import { runCommand } from "./proc.js"

export type Target = "shared" | "plugin" | "backend" | "storefront"
type Stamps = Partial<Record<Target, string>>

export interface BuildHashes {
  lockfile: string
  shared: string
  plugin: string
  backend: string
  storefront?: string
}

/**
 * Input hashes of every target; the backend bundles the plugin's admin, so it includes it, and
 * the plugin and the storefront import @ocop/shared, so they include its hash.
 */
export function computeHashes(): BuildHashes {
  const lockfile = hashFile(paths.lockfile)
  const shared = combine(hashTree(paths.shared), lockfile)
  const plugin = combine(hashTree(paths.plugin), shared, lockfile)
  const backend = combine(hashTree(paths.backend), plugin, lockfile)
  const storefront = storefrontExists()
    ? combine(hashTree(paths.storefront), shared, lockfile)
    : undefined
  return { lockfile, shared, plugin, backend, storefront }
}

const outputs: Record<Target, string> = {
  shared: path.join(paths.shared, "dist", "cjs", "index.js"),
  plugin: path.join(paths.plugin, ".medusa", "server", "src"),
  backend: path.join(paths.backendServer, "medusa-config.js"),
  storefront: path.join(paths.storefront, "build", "server", "index.js"),
}

const workspaces: Record<Target, string> = {
  shared: "plugins/ocop-shared",
  plugin: "plugins/medusa-plugin-ocop",
  backend: "backend",
  storefront: "storefront",
}

function readStamps(): Stamps {
  try {
    return JSON.parse(readFileSync(paths.buildStamps, "utf8")) as Stamps
  } catch {
    return {}
  }
}

function writeStamps(stamps: Stamps) {
  mkdirSync(path.dirname(paths.buildStamps), { recursive: true })
  writeFileSync(paths.buildStamps, `${JSON.stringify(stamps, null, 2)}\n`)
}

/** Environment for builds: deterministic (the admin bundle bakes in MEDUSA_BACKEND_URL). */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }
  delete env.MEDUSA_BACKEND_URL
  delete env.STOREFRONT_URL
  delete env.DATABASE_URL
  return env
}

/**
 * The production build runs from backend/.medusa/server and needs the workspace's packages, and
 * the uploaded files the seed (run from backend/) wrote to backend/uploads, which it serves.
 */
export function linkBackendNodeModules() {
  if (!existsSync(paths.backendServer)) return
  moveLegacyUploads()
  const links = [
    [path.join(paths.backendServer, "node_modules"), path.join(repoRoot, "node_modules")],
    [path.join(paths.backendServer, "uploads"), paths.uploads],
  ]
  for (const [link, target] of links) {
    if (existsSync(link)) continue
    mkdirSync(target, { recursive: true })
    rmSync(link, { force: true })
    symlinkSync(path.relative(paths.backendServer, target), link)
  }
}

/**
 * Uploads used to live in backend/static, served by Medusa's own /static handler without the
 * headers uploads need. They move to backend/uploads, where the OCOP plugin serves them (also
 * at their old /static addresses); with no static folder left, Medusa's handler passes on.
 */
function moveLegacyUploads() {
  const legacy = path.join(repoRoot, "backend", "static")
  const staticLink = path.join(paths.backendServer, "static")
  if (lstatSync(staticLink, { throwIfNoEntry: false })?.isSymbolicLink()) rmSync(staticLink)
  if (!existsSync(legacy)) return
  mkdirSync(paths.uploads, { recursive: true })
  let moved = 0
  for (const name of readdirSync(legacy)) {
    const target = path.join(paths.uploads, name.startsWith("private-") ? "private" : "", name)
    if (existsSync(target)) continue
    mkdirSync(path.dirname(target), { recursive: true })
    renameSync(path.join(legacy, name), target)
    moved++
  }
  if (readdirSync(legacy).length === 0) rmSync(legacy, { recursive: true })
  if (moved) info(`moved ${moved} uploaded files from backend/static to backend/uploads`)
}

async function buildTarget(target: Target, hash: string, stamps: Stamps): Promise<void> {
  if (stamps[target] === hash && existsSync(outputs[target])) {
    info(`${target} build is up to date`)
    return
  }
  const started = Date.now()
  info(`building ${target}…`)
  delete stamps[target]
  writeStamps(stamps)
  await runCommand("npm", ["run", "build", "-w", workspaces[target]], {
    tag: `build:${target}`,
    cwd: repoRoot,
    env: buildEnv(),
  })
  if (!existsSync(outputs[target])) {
    throw new Error(
      `${target} build finished but ${path.relative(repoRoot, outputs[target])} is missing`,
    )
  }
  stamps[target] = hash
  writeStamps(stamps)
  info(`${target} built in ${seconds(started)}`)
}

/**
 * Builds whatever is stale (of `targets`), in dependency order; returns all input hashes.
 * @ocop/shared comes first whatever is asked: every other target and the seed import it.
 */
export async function buildStale(
  targets: readonly Target[] = ["plugin", "backend", "storefront"],
): Promise<BuildHashes> {
  const hashes = computeHashes()
  const stamps = readStamps()
  await buildTarget("shared", hashes.shared, stamps)
  if (targets.includes("plugin")) await buildTarget("plugin", hashes.plugin, stamps)
  if (targets.includes("backend")) {
    await buildTarget("backend", hashes.backend, stamps)
    linkBackendNodeModules()
  }
  if (!targets.includes("storefront")) return hashes
  if (hashes.storefront) await buildTarget("storefront", hashes.storefront, stamps)
  else warn("storefront/app/root.tsx does not exist yet: skipping the storefront build")
  return hashes
}
