// One more real backend process (the built `medusa start`, as the stack runs it) for tests that
// must break or stop it: its own port, its own database URL (e.g. through a TcpProxy), the
// stack's build and database. Stopped by the test.
import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import net from "node:net"
import { fileURLToPath } from "node:url"

const repoRoot = fileURLToPath(new URL("../../", import.meta.url))

export interface BackendProcess {
  url: string
  child: ChildProcess
  /** The process's output so far, for failure messages. */
  output(): string
  /** Resolves with the exit code. */
  exited: Promise<number | null>
}

export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

export async function startBackendProcess(env: Record<string, string>): Promise<BackendProcess> {
  const port = await freePort()
  const child = spawn(`${repoRoot}node_modules/.bin/medusa`, ["start"], {
    cwd: `${repoRoot}backend/.medusa/server`,
    env: {
      ...process.env,
      NODE_ENV: "production",
      MEDUSA_DISABLE_TELEMETRY: "true",
      DISABLE_MEDUSA_ADMIN: "true",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let log = ""
  child.stdout?.on("data", (chunk) => (log = (log + chunk).slice(-20_000)))
  child.stderr?.on("data", (chunk) => (log = (log + chunk).slice(-20_000)))
  const exited = once(child, "exit").then(([code]) => code as number | null)
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 240_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`backend exited during start:\n${log}`)
    const status = await fetch(`${url}/health`).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) break
    if (Date.now() > deadline) {
      child.kill("SIGKILL")
      throw new Error(`backend did not answer /health in time:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return { url, child, output: () => log, exited }
}
