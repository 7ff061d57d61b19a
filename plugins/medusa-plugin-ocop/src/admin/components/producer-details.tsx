import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { LEGAL_FORM_LABELS } from "../lib/labels"
import type { Producer } from "../lib/types"
import { SectionRow } from "./section-row"

type ProducerDetailsProps = { producer: Producer }

const orDash = (value: string | null) => value || "—"

/** Who the producer is and where it works (province and commune, after the 2025 reform). */
export const ProducerDetails = ({ producer }: ProducerDetailsProps) => (
  <Container className="divide-y p-0">
    <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <Heading level="h1">{producer.name}</Heading>
        <Text size="small" className="font-mono text-ui-fg-subtle">
          {producer.handle}
        </Text>
      </div>
      <Badge size="small">{LEGAL_FORM_LABELS[producer.legal_form]}</Badge>
    </div>
    <SectionRow label="Registration number">{orDash(producer.registration_number)}</SectionRow>
    <SectionRow label="Province">{producer.province}</SectionRow>
    <SectionRow label="Commune">{producer.commune}</SectionRow>
    {producer.legacy_district && (
      <SectionRow label="Former district">{producer.legacy_district}</SectionRow>
    )}
    <SectionRow label="Address">{orDash(producer.address)}</SectionRow>
    <SectionRow label="Phone">{orDash(producer.phone)}</SectionRow>
    <SectionRow label="Email">{orDash(producer.email)}</SectionRow>
    <SectionRow label="Coordinates">
      {producer.latitude !== null && producer.longitude !== null
        ? `${producer.latitude}, ${producer.longitude}`
        : "—"}
    </SectionRow>
    <SectionRow label="Story (Vietnamese)">
      <Text size="small" className="whitespace-pre-line">
        {orDash(producer.story_vi)}
      </Text>
    </SectionRow>
    <SectionRow label="Story (English)">
      <Text size="small" className="whitespace-pre-line">
        {orDash(producer.story_en)}
      </Text>
    </SectionRow>
  </Container>
)
