/** How much to load: the demo marketplace, or the national catalogue for benchmarks on top. */
export type Scale = "demo" | "national"

/**
 * `medusa exec` rejects unknown options, so the scale arrives as a positional argument:
 * `medusa exec ../seed/src/index.ts national` (also `scale=national`), or OCOP_SEED_SCALE.
 */
export function parseScale(args: readonly string[], env: string | undefined): Scale {
  const words = args
    .flatMap((arg) => arg.replace(/^--/, "").split("="))
    .filter((word) => word !== "scale")
  const requested = [...words, ...(env ? [env] : [])]
  for (const word of requested) {
    if (word !== "demo" && word !== "national") {
      throw new Error(`Unknown seed scale "${word}": use "demo" (default) or "national".`)
    }
  }
  return requested.includes("national") ? "national" : "demo"
}
