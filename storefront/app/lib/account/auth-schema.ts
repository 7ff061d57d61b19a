import { z } from "zod"
import { emailField } from "../checkout/schema.ts"
import { minPasswordLength } from "../core/limits.ts"

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
