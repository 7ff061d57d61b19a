// The Chromium that Playwright drives: the system browser, never a downloaded one.
import { existsSync } from "node:fs"
import { info } from "./log.js"
import { repoRoot } from "./paths.js"
import { runCommand } from "./proc.js"

const systemChromium = "/usr/bin/chromium"

/** PLAYWRIGHT_CHROMIUM_EXECUTABLE, else /usr/bin/chromium (installed with apt when root). */
export async function ensureChromium(): Promise<string> {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE
  if (configured) {
    if (!existsSync(configured))
      throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${configured} does not exist`)
    return configured
  }
  if (existsSync(systemChromium)) return systemChromium
  if (process.getuid?.() !== 0) {
    throw new Error(
      `${systemChromium} is missing: install Debian's chromium or set PLAYWRIGHT_CHROMIUM_EXECUTABLE`,
    )
  }
  info("installing Chromium with apt-get…")
  await runCommand("sh", ["-c", "apt-get update && apt-get install -y chromium"], {
    tag: "apt",
    cwd: repoRoot,
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  })
  if (!existsSync(systemChromium)) throw new Error(`apt-get did not install ${systemChromium}`)
  return systemChromium
}
