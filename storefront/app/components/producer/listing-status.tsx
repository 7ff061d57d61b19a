import { useTranslation } from "react-i18next"
import { StarBadge } from "#app/components/ui/star-badge.tsx"
import { formatDate } from "#app/lib/format.ts"
import { starLevels, type CertificateState, type Stars } from "#app/lib/ocop-types.ts"
import type { ProducerCertificate } from "#app/lib/producer-types.ts"
import { useLocale } from "#app/lib/use-locale.ts"

function isSellingStars(stars: number): stars is Stars {
  return starLevels.some((level) => level === stars)
}

/** Whether shoppers can see the product: only a 3–5 star certificate in force lists it. */
export function ListedBadge({ listed }: { listed: boolean }) {
  const { t } = useTranslation("producer")
  return (
    <span className={`portal-badge portal-badge--${listed ? "listed" : "unlisted"}`}>
      {listed ? t("listing.listed") : t("listing.unlisted")}
    </span>
  )
}

/** The stars, or why there are none to show (1–2 stars never sell as OCOP). */
export function ProductStars({ stars }: { stars: number | null }) {
  const { t } = useTranslation("producer")
  if (stars === null) return <span className="portal-muted">{t("listing.noStars")}</span>
  if (isSellingStars(stars)) return <StarBadge stars={stars} />
  return <span className="portal-muted">{t("listing.belowThree", { stars })}</span>
}

const stateClass: Record<CertificateState, string> = {
  active: "portal-badge--listed",
  expired: "portal-badge--warning",
  revoked: "portal-badge--danger",
}

/** The certificate in force (or last recorded): its state and the day it ends. */
export function CertificateSummary({
  certificate,
  expiringSoon = false,
}: {
  certificate: ProducerCertificate | null
  expiringSoon?: boolean
}) {
  const { t } = useTranslation("producer")
  const locale = useLocale()
  if (!certificate) {
    return <p className="portal-certificate portal-muted">{t("listing.noCertificate")}</p>
  }
  return (
    <p className="portal-certificate">
      <span
        className={`portal-badge ${expiringSoon ? "portal-badge--warning" : stateClass[certificate.state]}`}
      >
        {t(`certificateState.${certificate.state}`)}
      </span>{" "}
      <span>
        {t(certificate.state === "expired" ? "listing.expiredOn" : "listing.validUntil", {
          date: formatDate(certificate.expires_at, locale),
        })}
      </span>{" "}
      <span className="portal-muted">
        {t("listing.certificateNumber", { number: certificate.certificate_number })}
      </span>
    </p>
  )
}
