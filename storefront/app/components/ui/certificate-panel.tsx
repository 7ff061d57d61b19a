import { useId } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { formatDate } from "#app/lib/i18n/format.ts"
import { certificateStateLabelKey, levelLabelKey } from "#app/lib/catalogue/ocop-labels.ts"
import type { CertificateFacts, CertificationState } from "@ocop/shared"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { Facts } from "./facts.tsx"
import { QrCodeImage, type QrCodeImageProps } from "./qr-code-image.tsx"
import { StarBadge } from "./star-badge.tsx"

const stateGlyphs: Record<CertificationState, string> = {
  active: "✓",
  expired: "!",
  revoked: "✕",
}

export function CertificatePanel({
  certificate,
  state,
  revokedAt,
  revocationReason,
  verifyHref,
  qr,
}: {
  certificate: CertificateFacts
  state: CertificationState
  revokedAt?: string | null
  revocationReason?: string | null
  verifyHref?: string
  qr?: QrCodeImageProps["qr"]
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const headingId = useId()
  return (
    <section className="certificate-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("certificate.title")}</h2>
      <p className={`certificate-state certificate-state--${state}`}>
        <span aria-hidden="true">{stateGlyphs[state]}</span> {t(certificateStateLabelKey(state))}
      </p>
      <Facts
        facts={[
          [t("certificate.stars"), <StarBadge stars={certificate.stars} />],
          [t("certificate.score"), t("certificate.scoreValue", { score: certificate.score })],
          [t("certificate.level"), t(levelLabelKey(certificate.level))],
          [t("certificate.number"), certificate.certificate_number],
          [t("certificate.decision"), certificate.decision_number],
          [t("certificate.authority"), certificate.issuing_authority],
          [t("certificate.issuedAt"), formatDate(certificate.issued_at, locale)],
          [t("certificate.validUntil"), formatDate(certificate.expires_at, locale)],
          [
            t("certificate.revokedAt"),
            state === "revoked" && revokedAt ? formatDate(revokedAt, locale) : null,
          ],
          [t("certificate.revocationReason"), state === "revoked" ? revocationReason : null],
        ]}
      />
      {qr ? <QrCodeImage qr={qr} label={t("certificate.qr")} /> : null}
      {verifyHref ? <Link to={verifyHref}>{t("certificate.verify")}</Link> : null}
    </section>
  )
}
