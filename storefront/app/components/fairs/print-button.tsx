import { useTranslation } from "react-i18next"
import { useHydrated } from "#app/lib/core/use-hydrated.ts"

/** Opens the browser's print dialog; without JavaScript the browser's own Print does it. */
export function PrintButton({ label }: { label?: string }) {
  const { t } = useTranslation("fairs")
  const hydrated = useHydrated()
  if (!hydrated) return null
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label ?? t("print.printButton")}
    </button>
  )
}
