// Shutdown bookkeeping shared by every entry point. Resources register a cleanup when they start;
// cleanups run newest first, so servers stop before the database they use. SIGINT, SIGTERM and
// SIGHUP run all cleanups and then exit; a second signal exits at once (the exit hook in proc.ts
// still SIGKILLs any remaining child process group). A terminal's Ctrl-C reaches this process
// twice (directly, and relayed by tsx), so a repeat within a few seconds is the same keypress.
import { info, warn, errorMessage } from "./log.js"

interface Cleanup {
  name: string
  run: () => Promise<void>
}

const cleanups: Cleanup[] = []
let handlersInstalled = false
let shuttingDown = false
let firstSignalAt = 0
/** A repeat of the signal this soon after the first is the same Ctrl-C, not an impatient one. */
const sameKeypressMs = 3000
let exitCodeForSignal: (signal: NodeJS.Signals) => number = (signal) =>
  signal === "SIGINT" ? 130 : 143

/** Registers a cleanup; the returned function removes it again (after a normal stop). */
export function onCleanup(name: string, run: () => Promise<void>): () => void {
  installSignalHandlers()
  const entry: Cleanup = { name, run }
  cleanups.push(entry)
  return () => {
    const index = cleanups.indexOf(entry)
    if (index >= 0) cleanups.splice(index, 1)
  }
}

/** Runs every registered cleanup, newest first; failures are reported, not thrown. */
export async function runCleanups(): Promise<void> {
  for (let entry = cleanups.pop(); entry; entry = cleanups.pop()) {
    try {
      await entry.run()
    } catch (error) {
      warn(`stopping ${entry.name} failed: ${errorMessage(error)}`)
    }
  }
}

/** Chooses the exit status after a signal-triggered shutdown (npm start uses 0). */
export function setSignalExitCode(choose: (signal: NodeJS.Signals) => number) {
  exitCodeForSignal = choose
}

export function isShuttingDown(): boolean {
  return shuttingDown
}

export function installSignalHandlers() {
  if (handlersInstalled) return
  handlersInstalled = true
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (shuttingDown) {
        if (Date.now() - firstSignalAt < sameKeypressMs) return
        warn(`${signal} again: exiting without waiting`)
        process.exit(exitCodeForSignal(signal))
      }
      shuttingDown = true
      firstSignalAt = Date.now()
      info(`${signal} received, stopping…`)
      void runCleanups().finally(() => process.exit(exitCodeForSignal(signal)))
    })
  }
}
