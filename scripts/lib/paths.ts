// Repository locations, resolved from this file so the scripts work from any working directory.
import { existsSync } from "node:fs"
import path from "node:path"

export const repoRoot = path.resolve(import.meta.dirname, "../..")

export const paths = {
  lockfile: path.join(repoRoot, "package-lock.json"),
  bin: (name: string) => path.join(repoRoot, "node_modules", ".bin", name),
  /** @ocop/shared: the vocabulary and API types the plugin, storefront, seed and tests import. */
  shared: path.join(repoRoot, "plugins", "ocop-shared"),
  plugin: path.join(repoRoot, "plugins", "medusa-plugin-ocop"),
  backend: path.join(repoRoot, "backend"),
  backendServer: path.join(repoRoot, "backend", ".medusa", "server"),
  /** Files of the local file provider, shared by the seed (run from backend/) and the server. */
  uploads: path.join(repoRoot, "backend", "uploads"),
  storefront: path.join(repoRoot, "storefront"),
  seedScript: path.join(repoRoot, "seed", "src", "index.ts"),
  /** Build stamps live in the checkout, not the data dir: builds are shared by start and test. */
  buildStamps: path.join(repoRoot, ".data", "build-stamps.json"),
}

/** The storefront is optional until its app shell exists. */
export function storefrontExists(): boolean {
  return existsSync(path.join(paths.storefront, "app", "root.tsx"))
}
