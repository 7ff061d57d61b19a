import type { z } from "zod"

/** The first path segment is the field (flat forms: the shopper's, the organiser's). */
export const topLevelField = (path: (string | number)[]) => String(path[0] ?? "form")

/**
 * The reader of a form's failed parse: the first error of each field as one of `keys` (a
 * namespace's messages; the first key for any other message), see `errorsByField`.
 */
export function errorReader<const K extends string>(
  keys: readonly [K, ...K[]],
  fieldOf?: (path: (string | number)[]) => string,
) {
  return (error: z.ZodError): Record<string, K> => errorsByField(error, keys, keys[0], fieldOf)
}

/** The message keys a form's error reader gives. */
export type ErrorKeyOf<Reader> = Reader extends (error: z.ZodError) => Record<string, infer K>
  ? K
  : never

/** A form's errors by field, as its error reader gives them. */
export type ErrorsOf<Reader> = Record<string, ErrorKeyOf<Reader>>

/** The first error of each top-level field, as a translation key (namespace `common`). */
export const fieldErrors = errorReader(
  [
    "form.errors.required",
    "form.errors.email",
    "form.errors.phone",
    "form.errors.tooLong",
    "form.errors.province",
    "form.errors.passwordTooShort",
    "form.errors.choose",
  ],
  topLevelField,
)
export type FieldErrors = ErrorsOf<typeof fieldErrors>

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

export type FormErrorKey = ErrorKeyOf<typeof fieldErrors>

/** The string fields of a submitted form, to fill it in again after an error. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData) {
    if (typeof value === "string" && key !== "password") values[key] = value
  }
  return values
}
