/** Vietnamese text helpers: ASCII forms for handles, SKUs and English place names. */

import { ascii } from "@ocop/shared"

export { ascii }

/** "Cà phê Robusta Cư M'gar" → "ca-phe-robusta-cu-mgar". */
export function slug(text: string): string {
  return ascii(text)
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Whole đồng, rounded to the nearest `step` (prices end in 000 like real price tags). */
export const roundVnd = (amount: number, step = 1000) =>
  Math.max(step, Math.round(amount / step) * step)
