/**
 * Where to go after signing in: a path of this site (never another origin, never a path with a
 * backslash or a control character a browser might read as another origin), else `fallback`.
 * With `within` (a section such as "/producer"), only that section's pages in either language.
 * The one check of every `redirectTo` the site accepts: shopper, producer and staff sign-ins.
 */
export function safeRedirect(value: unknown, fallback: string, within?: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return fallback
  if (value.includes("\\") || [...value].some((char) => char.charCodeAt(0) < 0x20)) return fallback
  if (within && !sectionPattern(within).test(value)) return fallback
  return value
}

function sectionPattern(section: string): RegExp {
  const escaped = section.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")
  return new RegExp(`^(?:\\/en)?${escaped}(?:[/?#]|$)`)
}
