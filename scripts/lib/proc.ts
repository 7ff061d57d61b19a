// Child processes in their own process groups. `medusa` and `npm` spawn further processes that
// outlive a SIGTERM to their parent, so stopping a child always signals its whole group:
// SIGTERM first, SIGKILL when the group is still alive after a grace period.
import { spawn } from "node:child_process"
import { createInterface } from "node:readline"
import type { Readable } from "node:stream"
import { onCleanup } from "./lifecycle.js"
import { tagged } from "./log.js"

export interface SpawnOptions {
  tag: string
  cwd: string
  env?: NodeJS.ProcessEnv
}

export interface Service {
  tag: string
  /** The direct child's pid, which is also its process group's id. */
  pid?: number
  /** Resolves with the exit code (null when killed by a signal) once the direct child exits. */
  exited: Promise<number | null>
  stop(graceMs?: number): Promise<void>
}

const liveGroups = new Set<number>()

// Last resort: if this process exits without running its cleanups (an uncaught error, a second
// Ctrl-C), no child group may survive it.
process.on("exit", () => {
  for (const group of liveGroups) signalGroup(group, "SIGKILL")
})

function signalGroup(group: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-group, signal)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitForGroupExit(group: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (signalGroup(group, 0)) {
    if (Date.now() > deadline) return false
    await sleep(100)
  }
  return true
}

function pipeLines(stream: Readable | null, tag: string, out: NodeJS.WriteStream) {
  if (!stream) return
  createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) =>
    tagged(tag, line, out),
  )
}

/** Starts a long-running child in a new process group with tagged output. */
export function spawnService(command: string, args: string[], options: SpawnOptions): Service {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const group = child.pid
  if (group !== undefined) liveGroups.add(group)
  pipeLines(child.stdout, options.tag, process.stdout)
  pipeLines(child.stderr, options.tag, process.stderr)

  const exited = new Promise<number | null>((resolve) => {
    child.once("error", (error) => {
      tagged(options.tag, `could not start ${command}: ${error.message}`, process.stderr)
      resolve(127)
    })
    child.once("exit", (code) => resolve(code))
  })

  let stopping: Promise<void> | undefined
  const stop = (graceMs = 10_000): Promise<void> => {
    stopping ??= (async () => {
      if (group === undefined) return
      if (signalGroup(group, "SIGTERM") && !(await waitForGroupExit(group, graceMs))) {
        tagged(options.tag, `still running after ${graceMs} ms, sending SIGKILL`, process.stderr)
        signalGroup(group, "SIGKILL")
        await waitForGroupExit(group, 5_000)
      }
      await exited
      liveGroups.delete(group)
      removeCleanup()
    })()
    return stopping
  }
  const removeCleanup = onCleanup(options.tag, () => stop())
  return { tag: options.tag, pid: group, exited, stop }
}

/** Runs a command to completion in its own process group; resolves with its exit code. */
export async function runForExitCode(
  command: string,
  args: string[],
  options: SpawnOptions,
): Promise<number | null> {
  const service = spawnService(command, args, options)
  const code = await service.exited
  // Reap helpers the command may have left behind in its group (esbuild, workers).
  await service.stop(2_000)
  return code
}

/** Runs a command to completion in its own process group; rejects on a non-zero exit. */
export async function runCommand(
  command: string,
  args: string[],
  options: SpawnOptions,
): Promise<void> {
  const code = await runForExitCode(command, args, options)
  if (code !== 0) {
    throw new Error(`${options.tag}: \`${[command, ...args].join(" ")}\` exited with ${code}`)
  }
}
