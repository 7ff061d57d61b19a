import { useTranslation } from "react-i18next"
import { GeneralErrorBoundary } from "#app/components/error-boundary.tsx"

/** A fair's page (its catalog, its printable catalog) that failed: an unknown fair is a 404. */
export function FairErrorBoundary() {
  const { t } = useTranslation("fairs")
  return (
    <GeneralErrorBoundary
      notFound={{ title: t("fair.notFoundTitle"), description: t("fair.notFoundDescription") }}
    />
  )
}
