// Console helpers: every line the orchestration prints carries a short tag so the interleaved
// output of Postgres, the backend and the storefront stays readable.

const colours = ["36", "35", "33", "32", "34", "96", "95", "93"]
const assigned = new Map<string, string>()
const useColour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR

function paint(tag: string): string {
  if (!useColour) return `[${tag}]`
  let colour = assigned.get(tag)
  if (!colour) {
    colour = colours[assigned.size % colours.length] ?? "36"
    assigned.set(tag, colour)
  }
  return `\u001b[${colour}m[${tag}]\u001b[0m`
}

/** Prints one line of a child's output under its tag. */
export function tagged(tag: string, line: string, stream: NodeJS.WriteStream = process.stdout) {
  stream.write(`${paint(tag)} ${line}\n`)
}

export function info(message: string) {
  tagged("ocop", message)
}

export function warn(message: string) {
  tagged("ocop", `warning: ${message}`, process.stderr)
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`
}
