// The redis-server that the login throttle's Redis counter is tested against: Debian's package,
// started by the test itself on a private port.
import { existsSync } from "node:fs"
import { info, warn } from "./log.js"
import { repoRoot } from "./paths.js"
import { runCommand } from "./proc.js"

const systemRedis = "/usr/bin/redis-server"

/**
 * OCOP_TEST_REDIS_SERVER, else /usr/bin/redis-server (installed with apt when root); undefined
 * when neither is there, and the Redis tests say they were skipped.
 */
export async function ensureRedisServer(): Promise<string | undefined> {
  const configured = process.env.OCOP_TEST_REDIS_SERVER
  if (configured) return configured
  if (existsSync(systemRedis)) return systemRedis
  if (process.getuid?.() !== 0) {
    warn(
      `${systemRedis} is missing: the Redis counter tests are skipped (apt-get install redis-server)`,
    )
    return undefined
  }
  info("installing redis-server with apt-get…")
  await runCommand(
    "sh",
    ["-c", "apt-get update && apt-get install -y --no-install-recommends redis-server"],
    { tag: "apt", cwd: repoRoot, env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } },
  )
  if (!existsSync(systemRedis)) throw new Error(`apt-get did not install ${systemRedis}`)
  return systemRedis
}
