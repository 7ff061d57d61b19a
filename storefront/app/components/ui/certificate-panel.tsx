import { useId } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { formatDate } from "#app/lib/i18n/format.ts"
import { certificateStateLabelKey, levelLabelKey } from "#app/lib/catalogue/ocop-labels.ts"
import type { CertificationState, ListableLevel, Stars } from "@ocop/shared"
import { useLocale } from "#app/lib/i18n/use-locale.ts"
import { QrCodeImage, type QrCodeImageProps } from "./qr-code-image.tsx"
import { StarBadge } from "./star-badge.tsx"

export type CertificatePanelCertificate = {
  certificate_number: string
  decision_number: string
  issuing_authority: string
  issued_at: string
  expires_at: string
  stars: Stars
  score: number
  level: ListableLevel
}

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
  certificate: CertificatePanelCertificate
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
      <dl className="facts">
        <dt>{t("certificate.stars")}</dt>
        <dd>
          <StarBadge stars={certificate.stars} />
        </dd>
        <dt>{t("certificate.score")}</dt>
        <dd>{t("certificate.scoreValue", { score: certificate.score })}</dd>
        <dt>{t("certificate.level")}</dt>
        <dd>{t(levelLabelKey(certificate.level))}</dd>
        <dt>{t("certificate.number")}</dt>
        <dd>{certificate.certificate_number}</dd>
        <dt>{t("certificate.decision")}</dt>
        <dd>{certificate.decision_number}</dd>
        <dt>{t("certificate.authority")}</dt>
        <dd>{certificate.issuing_authority}</dd>
        <dt>{t("certificate.issuedAt")}</dt>
        <dd>{formatDate(certificate.issued_at, locale)}</dd>
        <dt>{t("certificate.validUntil")}</dt>
        <dd>{formatDate(certificate.expires_at, locale)}</dd>
        {state === "revoked" && revokedAt ? (
          <>
            <dt>{t("certificate.revokedAt")}</dt>
            <dd>{formatDate(revokedAt, locale)}</dd>
          </>
        ) : null}
        {state === "revoked" && revocationReason ? (
          <>
            <dt>{t("certificate.revocationReason")}</dt>
            <dd>{revocationReason}</dd>
          </>
        ) : null}
      </dl>
      {qr ? <QrCodeImage qr={qr} label={t("certificate.qr")} /> : null}
      {verifyHref ? <Link to={verifyHref}>{t("certificate.verify")}</Link> : null}
    </section>
  )
}
