import { useTranslation } from "react-i18next"
import type { Producer, ProducerDetail } from "@ocop/shared"
import { Facts } from "#app/components/ui/facts.tsx"
import { legalFormLabelKey } from "#app/lib/catalogue/ocop-labels.ts"

/**
 * Who and where a producer is, as the producer page and the product page both show it: legal
 * form (left out where the page says it above), commune and province, the district before the
 * 2025 merger when known, and the street address.
 */
export function ProducerFacts({
  producer,
  withLegalForm = false,
}: {
  producer: Producer & Partial<Pick<ProducerDetail, "legacy_district">>
  withLegalForm?: boolean
}) {
  const { t } = useTranslation()
  return (
    <Facts
      facts={[
        [t("product.legalForm"), withLegalForm ? t(legalFormLabelKey(producer.legal_form)) : null],
        [t("product.location"), `${producer.commune}, ${producer.province}`],
        [t("producer.legacyDistrict"), producer.legacy_district],
        [t("product.address"), producer.address],
      ]}
    />
  )
}
