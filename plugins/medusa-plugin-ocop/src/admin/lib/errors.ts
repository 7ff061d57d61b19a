import { toast } from "@medusajs/ui"
import type { OcopT } from "../hooks/use-ocop-translation"
import { AdminApiError } from "./admin-fetch"

/**
 * What to tell the officer about a failed request, in their language: the translation of the
 * refusal's code (`refusals.<code>`, which may name the `{{field}}`); for a code without a
 * translation, or none, the server's own message; for a failure without one, a generic line.
 */
export function errorMessage(error: unknown, t: OcopT): string {
  if (error instanceof AdminApiError && error.code) {
    const translated = t(`refusals.${error.code}`, { field: error.field, defaultValue: "" })
    if (translated) return translated
  }
  if (error instanceof Error && error.message) return error.message
  return t("common.somethingWentWrong")
}

/** An onError that tells the officer, in a toast titled `title`, why the request failed. */
export const toastFailure = (t: OcopT, title: string) => (error: unknown) => {
  toast.error(title, { description: errorMessage(error, t) })
}
