import { describeTextProblem, textProblem } from "./text-safety"

/**
 * The checks every request passes before any route validates it (`api/refuse-bad-input.ts`),
 * Medusa's own routes included. Pure: it reads the request's path, query and body and names
 * the first field that breaks one of three rules:
 * - `unsafe_text`: every string and every key follows `text-safety.ts` (keys and the path
 *   stay on one line);
 * - `whole_units`: every number in a field named `quantity` or `*_quantity` is a whole number
 *   of units, never negative (OCOP goods are sold, counted and moved by the unit);
 * - `media_url`: media addresses (`thumbnail`, `images[].url`, `video_url`) are http(s) URLs,
 *   never `javascript:`, `data:` or the like.
 * Values under `metadata` are free-form: only the text rule applies there.
 */

export type InputProblemCode = "unsafe_text" | "whole_units" | "media_url"

export type InputProblem = {
  code: InputProblemCode
  /** Where, as a dotted path ("items.0.quantity"); "path" for the address itself. */
  field: string
  message: string
}

export type RequestInput = { path: string; query: unknown; body: unknown }

const MEDIA_FIELDS = new Set(["thumbnail", "video_url"])
const isQuantityField = (key: string) => key === "quantity" || key.endsWith("_quantity")

/** An absolute http(s) address: the only kind a product image or video may have. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== ""
  } catch {
    return false
  }
}

/** A whole number of units, at least `min`. */
export function isWholeUnits(value: unknown, min = 0): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min
}

export const WHOLE_UNITS_MESSAGE = "Quantities are whole units"

type Key = string | number
type Where = "Field" | "Query parameter"
/** A value met on the walk, with the way back to the root (paths are built only to report). */
type Node = { value: unknown; key: Key | null; parent: Node | null; free: boolean }

function pathOf(node: Node): Key[] {
  const keys: Key[] = []
  for (let at: Node | null = node; at && at.key !== null; at = at.parent) keys.push(at.key)
  return keys.reverse()
}

function problem(code: InputProblemCode, where: Where, node: Node, reason: string): InputProblem {
  const field = pathOf(node).join(".")
  const subject = field ? `${where} '${field}'` : where === "Field" ? "The body" : "The query"
  return { code, field, message: `Invalid request: ${subject} ${reason}` }
}

function isMediaField({ key, parent }: Node): boolean {
  if (typeof key !== "string") return false
  return MEDIA_FIELDS.has(key) || (key === "url" && parent?.parent?.key === "images")
}

/** The first problem in a parsed query or JSON body, walked without recursion. */
function walk(root: unknown, where: Where): InputProblem | null {
  const stack: Node[] = [{ value: root, key: null, parent: null, free: false }]
  while (stack.length) {
    const node = stack.pop()!
    const { value, key, free } = node
    if (typeof value === "string") {
      const text = textProblem(value, { multiline: true })
      if (text) return problem("unsafe_text", where, node, describeTextProblem(text))
      if (!free && value !== "" && isMediaField(node) && !isHttpUrl(value)) {
        return problem("media_url", where, node, "must be an http(s) address")
      }
    } else if (typeof value === "number") {
      if (!free && typeof key === "string" && isQuantityField(key) && !isWholeUnits(value)) {
        return problem("whole_units", where, node, `is not a whole number. ${WHOLE_UNITS_MESSAGE}.`)
      }
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push({ value: value[index], key: index, parent: node, free })
      }
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value)
      for (const [name] of entries) {
        const text = textProblem(name, { multiline: false })
        if (text) {
          return problem("unsafe_text", where, node, `has a key that ${describeTextProblem(text)}`)
        }
      }
      for (const [name, item] of entries.reverse()) {
        stack.push({ value: item, key: name, parent: node, free: free || name === "metadata" })
      }
    }
  }
  return null
}

function pathProblem(path: string): InputProblem | null {
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      continue // Express answers a malformed escape itself, with a 400.
    }
    const text = textProblem(decoded, { multiline: false })
    if (text) {
      return {
        code: "unsafe_text",
        field: "path",
        message: `Invalid request: the address ${describeTextProblem(text)}`,
      }
    }
  }
  return null
}

/** The first thing wrong with a request's input, or null when it may go on to its route. */
export function findUnsafeInput({ path, query, body }: RequestInput): InputProblem | null {
  return pathProblem(path) ?? walk(query, "Query parameter") ?? walk(body, "Field")
}
