import type { z } from "zod"

/** Translation keys of the messages a form field can show. */
export const formErrorKeys = [
  "form.errors.required",
  "form.errors.email",
  "form.errors.phone",
  "form.errors.tooLong",
  "form.errors.province",
  "form.errors.passwordTooShort",
  "form.errors.choose",
] as const
export type FormErrorKey = (typeof formErrorKeys)[number]

export type FieldErrors = Record<string, FormErrorKey>

function isFormErrorKey(message: string): message is FormErrorKey {
  return formErrorKeys.some((key) => key === message)
}

/** The first error of each top-level field, as a translation key. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form")
    if (errors[field]) continue
    errors[field] = isFormErrorKey(issue.message) ? issue.message : "form.errors.required"
  }
  return errors
}

/** The string fields of a submitted form, to fill it in again after an error. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData) {
    if (typeof value === "string" && key !== "password") values[key] = value
  }
  return values
}
