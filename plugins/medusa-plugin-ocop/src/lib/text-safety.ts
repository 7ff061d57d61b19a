/**
 * What text the marketplace accepts, in one place: the API's input middleware
 * (`api/refuse-bad-input.ts`) applies it to every string of every request, and the zod fields
 * of the OCOP validators (`api/zod-fields.ts`) to each field, so both name the field refused.
 *
 * Refused in every string:
 * - C0 control characters (U+0000–U+001F) except tab, line feed and carriage return, DEL
 *   (U+007F) and the C1 controls (U+0080–U+009F): nobody types them, Postgres refuses U+0000
 *   (a 500 before this rule), and terminals, CSV exports and logs act on the others;
 * - the Unicode Bidi_Control characters: U+061C, U+200E, U+200F, U+202A–U+202E and
 *   U+2066–U+2069. The marketplace's languages (Vietnamese, English) run left to right, so these
 *   invisible characters only ever make text display differently from what is stored (a title
 *   that reads backwards, two names that look the same and differ). The marks U+200E/U+200F
 *   are refused with the overrides: they are the same family, and equally invisible;
 * - lone surrogates (text that is not well-formed Unicode, silently changed on the way to
 *   the database).
 * Single-line fields (names, titles, ids) also refuse tab and line breaks; multi-line fields
 * (descriptions, stories, notes) keep them.
 */

export type TextProblemKind = "control" | "bidi" | "line_break" | "malformed"

export type TextProblem = {
  kind: TextProblemKind
  /** The first offending character, e.g. "U+202E". */
  character: string
}

export type TextOptions = { multiline: boolean }

// Finding control characters is this rule's purpose.
// oxlint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
const LINE_BREAK = /[\t\n\r]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`

/** The first reason `value` is refused, or null when it is acceptable text. */
export function textProblem(value: string, { multiline }: TextOptions): TextProblem | null {
  const checks: [TextProblemKind, RegExp][] = [
    ["control", CONTROL],
    ["bidi", BIDI],
    ["malformed", LONE_SURROGATE],
  ]
  if (!multiline) checks.push(["line_break", LINE_BREAK])
  for (const [kind, pattern] of checks) {
    const match = pattern.exec(value)
    if (match) return { kind, character: codePoint(match[0]) }
  }
  return null
}

const reasons: Record<TextProblemKind, string> = {
  control: "contains a control character",
  bidi: "contains an invisible text-direction character",
  line_break: "must be a single line, without tabs or line breaks",
  malformed: "is not well-formed Unicode text",
}

/** "contains a control character (U+0000)": the end of a message that starts with the field. */
export function describeTextProblem(problem: TextProblem): string {
  return `${reasons[problem.kind]} (${problem.character})`
}
