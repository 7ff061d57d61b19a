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

/**
 * The first error of each field of a form, as one of `keys` (a namespace's error messages;
 * `fallback` for any other message). A field is its path in the form ("variants.0.price"), or
 * what `fieldOf` makes of it; an error of the whole form is "form".
 */
export function errorsByField<K extends string>(
  error: z.ZodError,
  keys: readonly K[],
  fallback: K,
  fieldOf: (path: (string | number)[]) => string = (path) => path.join(".") || "form",
): Record<string, K> {
  const errors: Record<string, K> = {}
  for (const issue of error.issues) {
    const field = fieldOf(issue.path)
    if (errors[field]) continue
    errors[field] = keys.find((key) => key === issue.message) ?? fallback
  }
  return errors
}

/** The first error of each top-level field, as a translation key. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  return errorsByField(error, formErrorKeys, "form.errors.required", (path) =>
    String(path[0] ?? "form"),
  )
}

/** The string fields of a submitted form, to fill it in again after an error. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData) {
    if (typeof value === "string" && key !== "password") values[key] = value
  }
  return values
}
