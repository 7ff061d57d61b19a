import type { Locale } from "#app/lib/i18n/i18n.ts"

/** The page's own language, as a separate chunk, so the browser never downloads both. */
export async function loadCommon(locale: Locale): Promise<Record<string, unknown>> {
  const module =
    locale === "en" ? await import("./en/common.json") : await import("./vi/common.json")
  return module.default
}
