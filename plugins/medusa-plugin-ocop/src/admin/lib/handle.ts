import { ascii } from "@ocop/shared"

/** A URL handle from a Vietnamese name: "HTX Quế Trà My" → "htx-que-tra-my". */
export function handleFromName(name: string): string {
  return ascii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
}
