import { z } from "zod"
import { emailField } from "./checkout-schema.ts"
import { minPasswordLength } from "./limits.ts"

export const LoginSchema = z.object({
  email: emailField,
  password: z.string({ required_error: "form.errors.required" }).min(1, "form.errors.required"),
})

export const RegisterSchema = z.object({
  full_name: z
    .string({ required_error: "form.errors.required" })
    .trim()
    .min(1, "form.errors.required")
    .max(120, "form.errors.tooLong"),
  email: emailField,
  password: z
    .string({ required_error: "form.errors.required" })
    .min(minPasswordLength, "form.errors.passwordTooShort")
    .max(200, "form.errors.tooLong"),
})

/**
 * Where to go after signing in: an app path (unprefixed, the page adds the language), never
 * another site. Anything else is the account page.
 */
export function safeRedirectPath(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return fallback
  if (value.includes("\\") || [...value].some((char) => char.charCodeAt(0) < 0x20)) return fallback
  return value
}
