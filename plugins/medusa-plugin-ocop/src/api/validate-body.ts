import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { ProducerRefusalCode } from "./refusal-codes"

type Issue = z.core.$ZodIssue

/** A zod issue (parsed with `reportInput`) as a stable code (`refusal-codes.ts`). */
export function refusalCode(issue: Issue): ProducerRefusalCode {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "array" || issue.origin === "set") return "too_few"
      return issue.origin === "string" ? "required" : "too_small"
    case "too_big":
      if (issue.origin === "array" || issue.origin === "set") return "too_many"
      return issue.origin === "string" ? "too_long" : "too_large"
    case "invalid_type":
      if (issue.expected === "int") return "not_whole"
      return issue.input === undefined || issue.input === null ? "required" : "invalid"
    case "invalid_format":
      return issue.path.at(-1) === "handle" ? "invalid_handle" : "invalid"
    case "unrecognized_keys":
      return "unknown_field"
    case "custom": {
      const code = (issue.params as { refusal?: ProducerRefusalCode } | undefined)?.refusal
      return code ?? "invalid"
    }
    default:
      return "invalid"
  }
}

/** The dotted path of the field an issue concerns ("variants.0.price"); "form" for the body. */
export function refusalField(issue: Issue): string {
  const path = issue.path.map(String)
  if (issue.code === "unrecognized_keys" && issue.keys[0]) path.push(issue.keys[0])
  return path.join(".") || "form"
}

/**
 * `validateAndTransformBody` with a refusal the portals can translate: a 400
 * `{ type: "invalid_data", code, field, message }` naming the first field refused, the English
 * message kept for API clients.
 */
export function validateBody(schema: z.ZodType) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {}, { reportInput: true })
    if (result.success) {
      req.validatedBody = result.data
      return next()
    }
    const [first] = result.error.issues
    const message = result.error.issues
      .map((issue) => `${refusalField(issue)}: ${issue.message}`)
      .join("; ")
    res.status(400).json({
      type: "invalid_data",
      code: first ? refusalCode(first) : "invalid",
      field: first ? refusalField(first) : "form",
      message: `Invalid request: ${message}`,
    })
  }
}
