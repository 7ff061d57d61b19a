// Builds @ocop/shared twice from one source: ES modules for the storefront (Vite), seed and tests,
// CommonJS for the backend, which loads the compiled plugin with require(). Runs on every
// `npm install`/`npm ci` (prepare) and in `npm run build` (docs/decisions/0017-*.md).
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

let tsc
try {
  tsc = require.resolve("typescript/bin/tsc")
} catch {
  // A production install (npm ci --omit=dev, the backend image) has no TypeScript: the image
  // copies dist/ from its build stage instead.
  console.warn("[@ocop/shared] TypeScript is not installed: not building (dist/ must be copied)")
  process.exit(0)
}

rmSync(join(here, "dist"), { recursive: true, force: true })
for (const project of ["tsconfig.json", "tsconfig.cjs.json"]) {
  const run = spawnSync(process.execPath, [tsc, "-p", join(here, project)], { stdio: "inherit" })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
// The package is "type": "module"; this marker makes Node read dist/cjs as CommonJS.
mkdirSync(join(here, "dist", "cjs"), { recursive: true })
writeFileSync(join(here, "dist", "cjs", "package.json"), '{ "type": "commonjs" }\n')
if (!existsSync(join(here, "dist", "esm", "index.js"))) process.exit(1)
