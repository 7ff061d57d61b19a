import { Text } from "@medusajs/ui"
import { formatDate } from "../lib/dates"
import { LEVEL_LABELS, PRODUCT_GROUP_LABELS } from "../lib/labels"
import type { CertificationWithState } from "../lib/types"
import { CertificationStateBadge } from "./certification-state-badge"
import { ExpiryCountdown } from "./expiry-countdown"
import { SectionRow } from "./section-row"
import { StarRating } from "./star-rating"

type CurrentCertificationProps = { certification: CertificationWithState }

/** The certificate the gate looks at: the newest one not revoked. */
export const CurrentCertification = ({ certification }: CurrentCertificationProps) => (
  <section aria-label="Current certificate">
    <SectionRow label="Current certificate">
      <div className="flex flex-wrap items-center gap-2">
        <Text size="small" leading="compact" weight="plus">
          {certification.certificate_number}
        </Text>
        <CertificationStateBadge state={certification.state} />
      </div>
    </SectionRow>
    <SectionRow label="Stars">
      <StarRating stars={certification.stars} />
    </SectionRow>
    <SectionRow label="Score">{`${certification.score} / 100`}</SectionRow>
    <SectionRow label="Level">{LEVEL_LABELS[certification.level]}</SectionRow>
    <SectionRow label="Product group">
      {certification.product_subgroup
        ? `${PRODUCT_GROUP_LABELS[certification.product_group]} · ${certification.product_subgroup}`
        : PRODUCT_GROUP_LABELS[certification.product_group]}
    </SectionRow>
    <SectionRow label="Decision number">{certification.decision_number}</SectionRow>
    <SectionRow label="Issuing authority">{certification.issuing_authority}</SectionRow>
    <SectionRow label="Issued on">{formatDate(certification.issued_at)}</SectionRow>
    <SectionRow label="Valid until">
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
      <SectionRow label="Early expiry">{certification.expiry_reason}</SectionRow>
    )}
  </section>
)
