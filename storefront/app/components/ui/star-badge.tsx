import { useTranslation } from "react-i18next"
import type { Stars } from "@ocop/shared"

/** The star rating: glyphs for the eye, a sentence for screen readers. */
export function StarBadge({ stars }: { stars: Stars }) {
  const { t } = useTranslation()
  return (
    <span className="star-badge" data-stars={stars}>
      <span aria-hidden="true">{"★".repeat(stars)}</span>
      <span className="visually-hidden">{t("stars.label", { stars })}</span>
    </span>
  )
}
