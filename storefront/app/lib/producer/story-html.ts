import { STORY_IMAGE_SCHEMES, STORY_LINK_SCHEMES, STORY_TAGS, type StoryTag } from "@ocop/shared"

/**
 * The product story body is simple HTML. The backend sanitises it when it is saved; the
 * portal's live preview must be safe before that, so it never injects the typed HTML: it parses
 * it into this small tree — only the tags and attributes the backend keeps, only http(s) and
 * mailto links — and renders the tree as React elements, which escape every text.
 */

export type StoryNode =
  | { type: "text"; text: string }
  | { type: "element"; tag: StoryTag; attributes: Record<string, string>; children: StoryNode[] }

type StoryElement = Extract<StoryNode, { type: "element" }>

const voidTags = new Set([
  "br",
  "img",
  "hr",
  "input",
  "meta",
  "link",
  "source",
  "wbr",
  "area",
  "col",
])
/** Tags whose content is dropped with them, not shown as text. */
const droppedWithContent = new Set([
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "noscript",
  "template",
  "textarea",
  "title",
  "svg",
  "math",
  "select",
])

const token =
  /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g
const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

const namedEntities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    }
    return namedEntities[name.toLowerCase()] ?? entity
  })
}

function isStoryTag(tag: string): tag is StoryTag {
  return STORY_TAGS.some((allowed) => allowed === tag)
}

/** `value` when it is an absolute URL of one of `schemes` (named without their colon). */
function safeUrl(value: string, schemes: readonly string[]): string | null {
  const trimmed = value.trim()
  try {
    return schemes.includes(new URL(trimmed).protocol.slice(0, -1)) ? trimmed : null
  } catch {
    return null
  }
}

/** The attributes the backend keeps: a[href,title], img[src,alt,width,height]. */
function keptAttributes(tag: StoryTag, source: string): Record<string, string> {
  const kept: Record<string, string> = {}
  if (tag !== "a" && tag !== "img") return kept
  for (const match of source.matchAll(attribute)) {
    const name = (match[1] ?? "").toLowerCase()
    const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "")
    if (tag === "a" && name === "href") {
      const href = safeUrl(value, STORY_LINK_SCHEMES)
      if (href) kept.href = href
    } else if (tag === "a" && name === "title") {
      kept.title = value
    } else if (tag === "img" && name === "src") {
      const src = safeUrl(value, STORY_IMAGE_SCHEMES)
      if (src) kept.src = src
    } else if (tag === "img" && name === "alt") {
      kept.alt = value
    } else if (
      tag === "img" &&
      (name === "width" || name === "height") &&
      /^\d{1,4}$/.test(value)
    ) {
      kept[name] = value
    }
  }
  return kept
}

/** Parses story HTML into the allowed tree: unknown tags vanish but keep their text. */
export function parseStoryHtml(html: string): StoryNode[] {
  const root: StoryNode[] = []
  const open: StoryElement[] = []
  const children = () => open.at(-1)?.children ?? root
  const pushText = (text: string) => {
    if (text) children().push({ type: "text", text: decodeEntities(text) })
  }

  let position = 0
  token.lastIndex = 0
  for (let match = token.exec(html); match; match = token.exec(html)) {
    pushText(html.slice(position, match.index))
    position = token.lastIndex
    const name = match[1]?.toLowerCase()
    if (!name) continue
    const closing = match[0][1] === "/"
    if (!closing && droppedWithContent.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, position)
      const after = end === -1 ? -1 : html.indexOf(">", end)
      position = after === -1 ? html.length : after + 1
      token.lastIndex = position
      continue
    }
    if (!isStoryTag(name)) continue
    if (closing) {
      const index = open.findLastIndex((element) => element.tag === name)
      if (index !== -1) open.length = index
      continue
    }
    const element: StoryElement = {
      type: "element",
      tag: name,
      attributes: keptAttributes(name, match[2] ?? ""),
      children: [],
    }
    if (name === "img" && !element.attributes.src) continue
    children().push(element)
    if (!voidTags.has(name)) open.push(element)
  }
  pushText(html.slice(position))
  return root
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => escapes[char] ?? char)
}

const anyTag = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>/i
/** Block tags mean the producer lays the story out in HTML: it is sent as typed. */
const blockTag = /<\/?(?:p|ul|ol|li|h[1-6]|blockquote|figure|figcaption|div|table)\b/i

/**
 * The story body to send. Paragraphs are what producers write: a blank line starts a new one
 * and a line break stays a line break. Plain text is escaped; inline HTML (<strong>, <em>,
 * <a>…) is kept inside the paragraphs; a body laid out with block tags is sent as typed.
 * The backend sanitises whatever arrives.
 */
export function storyBodyHtml(input: string): string {
  const text = input.replace(/\r\n?/g, "\n").trim()
  if (!text || blockTag.test(text)) return text
  const html = anyTag.test(text)
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const inner = html ? paragraph.trim() : escapeHtml(paragraph.trim())
      return `<p>${inner.replace(/\n/g, "<br>")}</p>`
    })
    .join("\n")
}

const paragraph = /<p>([\s\S]*?)<\/p>/gi
const lineBreak = /<br\s*\/?>/gi

/**
 * A saved body back to what the producer typed, when it is paragraphs (the usual case): plain
 * text, or the inline HTML they wrote. A body with other block tags is edited as HTML.
 */
export function storyBodyInput(html: string): string {
  const paragraphs = [...html.matchAll(paragraph)].map((match) => match[1] ?? "")
  const rest = html.replace(paragraph, "").trim()
  if (!paragraphs.length || rest || paragraphs.some((inner) => blockTag.test(inner))) return html
  const plain = paragraphs.every((inner) => !anyTag.test(inner.replace(lineBreak, "")))
  return paragraphs
    .map((inner) => {
      const text = inner.replace(/\n/g, " ").replace(lineBreak, "\n").trim()
      return plain ? decodeEntities(text) : text
    })
    .join("\n\n")
}
