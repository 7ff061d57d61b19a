import { z } from "@medusajs/framework/zod"
import { isHttpUrl, WHOLE_UNITS_MESSAGE } from "../lib/input-safety"
import { describeTextProblem, textProblem } from "../lib/text-safety"

/**
 * The fields the OCOP validators are made of, each refusing with a message that names the
 * field (Medusa prints a custom issue's message as it is). Text follows `lib/text-safety.ts`;
 * the same rules run earlier on every request (`refuse-bad-input.ts`), so these hold for the
 * OCOP routes whatever runs before them.
 */

type Issue = { input?: unknown; path?: PropertyKey[] }

const field = (issue: Issue) => `Field '${(issue.path ?? []).map(String).join(".")}'`

/** A string that follows the text rule; single-line unless `multiline`. */
export function safeText({ multiline }: { multiline: boolean }) {
  return z.string().refine((value) => textProblem(value, { multiline }) === null, {
    error: (issue: Issue) => {
      const problem =
        typeof issue.input === "string" ? textProblem(issue.input, { multiline }) : null
      return `${field(issue)} ${problem ? describeTextProblem(problem) : "is not acceptable text"}`
    },
    params: { refusal: "unsafe_text" },
  })
}

/** A required single-line text: a name, a title, an id. */
export const lineText = (max = 200) => safeText({ multiline: false }).trim().min(1).max(max)
export const optionalLine = (max = 200) => safeText({ multiline: false }).trim().max(max).nullish()

/** A required text that may run over several lines: a description, a reason. */
export const multilineText = (max: number) => safeText({ multiline: true }).trim().min(1).max(max)
export const optionalMultiline = (max: number) =>
  safeText({ multiline: true }).trim().max(max).nullish()

/** A URL slug (a handle): lowercase letters, digits and dashes, words joined by one dash. */
export const urlSlug = (name: string, { min = 0 } = {}) =>
  safeText({ multiline: false })
    .trim()
    .min(min)
    .max(100)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${name}: lowercase letters, digits and dashes`)

/** A media address (image, video): absolute http(s) only, never `javascript:` or `data:`. */
export const httpUrl = (max: number) =>
  safeText({ multiline: false })
    .trim()
    .max(max)
    .refine(isHttpUrl, {
      error: (issue: Issue) => `${field(issue)} must be an http(s) address`,
      params: { refusal: "invalid_url" },
    })

/** Units of goods: whole numbers from `min` to `max`. */
export const wholeUnits = (min: number, max: number) =>
  z
    .number()
    .refine(Number.isSafeInteger, {
      error: (issue: Issue) => `${field(issue)} is not a whole number. ${WHOLE_UNITS_MESSAGE}.`,
      abort: true,
    })
    .min(min)
    .max(max)

/** An amount of money in whole đồng (VND has no minor unit), from `min` to `max`. */
export const wholeDong = (min: number, max: number) =>
  z
    .number()
    .refine(Number.isSafeInteger, {
      error: (issue: Issue) => `${field(issue)} is a whole number of đồng.`,
      abort: true,
    })
    .min(min)
    .max(max)
