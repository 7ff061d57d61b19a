import { formatDate } from "../lib/dates"
import { useOcopTranslation } from "./use-ocop-translation"

/** `formatDate` in the language the officer chose in the dashboard. */
export function useFormatDate() {
  const { i18n } = useOcopTranslation()
  return (value: string | Date | null | undefined) => formatDate(value, i18n.language)
}
