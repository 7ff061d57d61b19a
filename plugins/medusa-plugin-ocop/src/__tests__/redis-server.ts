// A throwaway real redis-server for unit tests (OCOP_TEST_REDIS_SERVER, else `redis-server` on
// the PATH; `npm test` installs Debian's package when it runs as root).
import { spawn, spawnSync } from "node:child_process"
import { connect, createServer } from "node:net"

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

/** Resolves once something accepts connections on the port. */
async function listening(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1")
      socket.once("connect", () => {
        socket.destroy()
        resolve(true)
      })
      socket.once("error", () => resolve(false))
    })
    if (open) return
    if (Date.now() > deadline) throw new Error(`redis-server did not listen on ${port}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Starts a redis-server without persistence on a free port; `stop` kills it. */
export async function startRedisServer() {
  const port = await freePort()
  const server = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: "ignore" },
  )
  await listening(port)
  return { port, url: `redis://127.0.0.1:${port}`, stop: () => server.kill() }
}
