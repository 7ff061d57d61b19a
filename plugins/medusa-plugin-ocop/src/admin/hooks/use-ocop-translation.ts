import { useTranslation } from "react-i18next"
import { OCOP_NS } from "../i18n/namespace"

/** `t` for the extension's namespace, in the language the officer chose in the dashboard. */
export const useOcopTranslation = () => useTranslation(OCOP_NS)

/** The extension's `t`, for plain functions that build text (pass it from the component). */
export type OcopT = ReturnType<typeof useOcopTranslation>["t"]
