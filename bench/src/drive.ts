// Runs one load in its own process (load.ts) and reads back what it measured.
import { spawn } from "node:child_process"
import path from "node:path"
import type { LoadSpec } from "./load.js"
import type { RawRun } from "./stats.js"

const root = path.resolve(import.meta.dirname, "../..")
const tsx = path.join(root, "node_modules", ".bin", "tsx")
const loadScript = path.join(import.meta.dirname, "load.ts")

export function drive(spec: LoadSpec): Promise<RawRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [loadScript], { stdio: ["pipe", "pipe", "inherit"] })
    let output = ""
    child.stdout.setEncoding("utf8")
    child.stdout.on("data", (chunk: string) => (output += chunk))
    child.once("error", reject)
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`the load generator exited with ${code}`))
      try {
        resolve(JSON.parse(output) as RawRun)
      } catch (error) {
        reject(new Error(`the load generator printed no result: ${String(error)}`))
      }
    })
    child.stdin.end(JSON.stringify(spec))
  })
}
