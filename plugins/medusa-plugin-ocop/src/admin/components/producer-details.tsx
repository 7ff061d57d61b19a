import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { Producer } from "../lib/types"
import { SectionRow } from "./section-row"

type ProducerDetailsProps = { producer: Producer }

const orDash = (value: string | null) => value || "—"

/** Who the producer is and where it works (province and commune, after the 2025 reform). */
export const ProducerDetails = ({ producer }: ProducerDetailsProps) => {
  const { t } = useOcopTranslation()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{producer.name}</Heading>
          <Text size="small" className="font-mono text-ui-fg-subtle">
            {producer.handle}
          </Text>
        </div>
        <Badge size="small">{t(`legalForm.${producer.legal_form}`)}</Badge>
      </div>
      <SectionRow label={t("producer.registrationNumber")}>
        {orDash(producer.registration_number)}
      </SectionRow>
      <SectionRow label={t("common.province")}>{producer.province}</SectionRow>
      <SectionRow label={t("common.commune")}>{producer.commune}</SectionRow>
      {producer.legacy_district && (
        <SectionRow label={t("common.formerDistrict")}>{producer.legacy_district}</SectionRow>
      )}
      <SectionRow label={t("common.address")}>{orDash(producer.address)}</SectionRow>
      <SectionRow label={t("person.phone")}>{orDash(producer.phone)}</SectionRow>
      <SectionRow label={t("person.email")}>{orDash(producer.email)}</SectionRow>
      <SectionRow label={t("producer.coordinates")}>
        {producer.latitude !== null && producer.longitude !== null
          ? `${producer.latitude}, ${producer.longitude}`
          : "—"}
      </SectionRow>
      <SectionRow label={t("producer.storyVi")}>
        <Text size="small" className="whitespace-pre-line">
          {orDash(producer.story_vi)}
        </Text>
      </SectionRow>
      <SectionRow label={t("producer.storyEn")}>
        <Text size="small" className="whitespace-pre-line">
          {orDash(producer.story_en)}
        </Text>
      </SectionRow>
    </Container>
  )
}
