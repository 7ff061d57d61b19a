import { useTranslation } from "react-i18next"
import { StarBadge } from "#app/components/ui/star-badge.tsx"
import { formatDate } from "#app/lib/i18n/format.ts"
import { LISTABLE_STARS, type Stars } from "@ocop/shared"
import type { ProducerCertificate } from "#app/lib/producer/types.ts"
import { useLocale } from "#app/lib/i18n/use-locale.ts"

function isSellingStars(stars: number): stars is Stars {
  return LISTABLE_STARS.some((level) => level === stars)
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

/**
 * The certificate in force (or the last one recorded): until when it holds, or that it ended —
 * in amber from 30 days before expiry, when the producer should apply for re-evaluation.
 */
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
  const date = formatDate(certificate.expires_at, locale)
  return (
    <div className="portal-certificate">
      <p>
        {certificate.state === "active" && !expiringSoon ? (
          <span className="portal-certificate__ok">{t("listing.validUntil", { date })}</span>
        ) : (
          <>
            <span
              className={`portal-badge ${certificate.state === "revoked" ? "portal-badge--danger" : "portal-badge--warning"}`}
            >
              {certificate.state === "active"
                ? t("listing.expiringSoon")
                : t(`certificateState.${certificate.state}`)}
            </span>{" "}
            {certificate.state === "revoked"
              ? null
              : t(certificate.state === "expired" ? "listing.expiredOn" : "listing.validUntil", {
                  date,
                })}
          </>
        )}
      </p>
      <p className="portal-certificate__number">
        {t("listing.certificateNumber", { number: certificate.certificate_number })}
      </p>
    </div>
  )
}
