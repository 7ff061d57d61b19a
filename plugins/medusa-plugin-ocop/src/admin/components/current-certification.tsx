import { Text } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { CertificationWithState } from "../lib/types"
import { CertificationStateBadge } from "./status-badges"
import { ExpiryCountdown } from "./expiry-countdown"
import { SectionRow } from "./section-row"
import { StarRating } from "./star-rating"

type CurrentCertificationProps = { certification: CertificationWithState }

/** The certificate the gate looks at: the newest one not revoked. */
export const CurrentCertification = ({ certification }: CurrentCertificationProps) => {
  const { t, formatDate } = useOcopTranslation()
  const group = t(`productGroup.${certification.product_group}`)
  return (
    <section aria-label={t("currentCertification.label")}>
      <SectionRow label={t("currentCertification.label")}>
        <div className="flex flex-wrap items-center gap-2">
          <Text size="small" leading="compact" weight="plus">
            {certification.certificate_number}
          </Text>
          <CertificationStateBadge state={certification.state} />
        </div>
      </SectionRow>
      <SectionRow label={t("certifications.stars")}>
        <StarRating stars={certification.stars} />
      </SectionRow>
      <SectionRow
        label={t("currentCertification.score")}
      >{`${certification.score} / 100`}</SectionRow>
      <SectionRow label={t("recordCertification.level")}>
        {t(`level.${certification.level}`)}
      </SectionRow>
      <SectionRow label={t("recordCertification.productGroup")}>
        {certification.product_subgroup ? `${group} · ${certification.product_subgroup}` : group}
      </SectionRow>
      <SectionRow label={t("recordCertification.decisionNumber")}>
        {certification.decision_number}
      </SectionRow>
      <SectionRow label={t("recordCertification.issuingAuthority")}>
        {certification.issuing_authority}
      </SectionRow>
      <SectionRow label={t("recordCertification.issuedOn")}>
        {formatDate(certification.issued_at)}
      </SectionRow>
      <SectionRow label={t("certifications.validUntil")}>
        <div className="flex flex-wrap items-center gap-2">
          <Text size="small" leading="compact">
            {formatDate(certification.expires_at)}
          </Text>
          {certification.state === "active" && (
            <ExpiryCountdown expiresAt={certification.expires_at} />
          )}
        </div>
      </SectionRow>
      {certification.expiry_reason && (
        <SectionRow label={t("currentCertification.earlyExpiry")}>
          {certification.expiry_reason}
        </SectionRow>
      )}
    </section>
  )
}
