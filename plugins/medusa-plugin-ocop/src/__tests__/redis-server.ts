// A throwaway real redis-server for unit tests (OCOP_TEST_REDIS_SERVER, else `redis-server` on
// the PATH; `npm test` installs Debian's package when it runs as root).
import { spawn, spawnSync } from "node:child_process"
import { createServer } from "node:net"

const binary = process.env.OCOP_TEST_REDIS_SERVER || "redis-server"
/** Whether a redis-server can run here (tests skip otherwise). */
export const redisServerAvailable = spawnSync(binary, ["--version"]).status === 0

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address()
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(),
      )
    })
  })
}

/** Starts a redis-server without persistence on a free port; `stop` kills it. */
export async function startRedisServer() {
  const port = await freePort()
  const server = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "ignore"] },
  )
  // redis-server says so on stdout once it accepts connections.
  await new Promise<void>((resolve, reject) => {
    let said = ""
    server.stdout!.on("data", (chunk: Buffer) => {
      said += chunk.toString()
      if (said.includes("Ready to accept connections")) resolve()
    })
    server.once("exit", (code) => reject(new Error(`redis-server exited (${code}): ${said}`)))
  })
  return { port, url: `redis://127.0.0.1:${port}`, stop: () => server.kill() }
}
