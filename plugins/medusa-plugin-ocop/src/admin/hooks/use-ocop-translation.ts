import { useTranslation } from "react-i18next"
import { OCOP_NS } from "../i18n/namespace"
import { formatDate } from "../lib/dates"

/**
 * `t` for the extension's namespace, in the language the officer chose in the dashboard, and
 * `formatDate` in that language too.
 */
export const useOcopTranslation = () => {
  const translation = useTranslation(OCOP_NS)
  const language = translation.i18n.language
  return {
    ...translation,
    formatDate: (value: string | Date | null | undefined) => formatDate(value, language),
  }
}

/** The extension's `t`, for plain functions that build text (pass it from the component). */
export type OcopT = ReturnType<typeof useOcopTranslation>["t"]
