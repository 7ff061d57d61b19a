import sanitizeHtml from "sanitize-html"

/**
 * Vietnamese text as both search engines see it: lowercase, tone marks and vowel marks removed,
 * "đ" spelled "d". NFD splits "ế" into "e" plus combining marks, which are dropped; "đ" is a
 * letter of its own (no decomposition), so it is mapped explicitly. Folding documents and
 * queries the same way in our code makes "que tra my" find "Quế Trà My" on Postgres and on
 * Meilisearch alike, whatever each engine's own normaliser does.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
}

/**
 * Plain text of a story body for matching: tags removed, block ends kept as word breaks, and
 * character entities (which sanitize-html writes back) turned into spaces — none of them is a
 * word anyone searches for.
 */
export function htmlToText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|li|h2|h3|blockquote|figcaption)>|<br\s*\/?>/gi, " $&"), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, " ")
    .replace(/\s+/g, " ")
    .trim()
}

/** Folds and joins the present parts, each distinct text once (a title often repeats). */
export function foldedText(...parts: (string | null | undefined)[]): string {
  const folded = parts.map((part) => foldVietnamese(part ?? "")).filter(Boolean)
  return [...new Set(folded)].join(" ")
}
