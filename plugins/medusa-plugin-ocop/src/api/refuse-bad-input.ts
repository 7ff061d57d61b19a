import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findUnsafeInput } from "../lib/input-safety"

/**
 * Refuses a request whose path, query or JSON body breaks the input rules
 * (`lib/input-safety.ts`: control and text-direction characters, fractional quantities,
 * non-http media addresses) with a 400 that names the field, before any route — Medusa's own
 * included — validates or writes anything. Registered without a method on "/", so Medusa runs
 * it ahead of every route's middlewares.
 *
 * Payment webhooks (`/hooks`) are left alone: they are signed by the payment provider, and
 * refusing one would only lose a payment's news.
 */
export function refuseBadInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.path.startsWith("/hooks/")) return next()
  const problem = findUnsafeInput({ path: req.path, query: req.query, body: req.body })
  if (!problem) return next()
  res.status(400).json({
    type: "invalid_data",
    code: problem.code,
    field: problem.field,
    message: problem.message,
  })
}
