import { Table, Text } from "@medusajs/ui"
import { certificationState } from "../../modules/ocop/lib/certification-rules"
import { useProductTitles } from "../hooks/use-product-titles"
import { formatDate } from "../lib/dates"
import type { Certification } from "../lib/types"
import { CertificationStateBadge } from "./certification-state-badge"
import { ExpiryCountdown } from "./expiry-countdown"
import { ProductLink } from "./product-link"
import { StarRating } from "./star-rating"

type CertificationsTableProps = { certifications: Certification[] }

export const CertificationsTable = ({ certifications }: CertificationsTableProps) => {
  const titles = useProductTitles(certifications.map((cert) => cert.product_id))
  return (
    <div className="overflow-x-auto">
      <Table aria-label="Certificates">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Product</Table.HeaderCell>
            <Table.HeaderCell>Certificate number</Table.HeaderCell>
            <Table.HeaderCell>Stars</Table.HeaderCell>
            <Table.HeaderCell>State</Table.HeaderCell>
            <Table.HeaderCell>Valid until</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {certifications.map((cert) => {
            const state = certificationState(cert)
            return (
              <Table.Row key={cert.id}>
                <Table.Cell className="py-2">
                  <ProductLink
                    productId={cert.product_id}
                    title={titles.data?.get(cert.product_id)}
                  />
                </Table.Cell>
                <Table.Cell>
                  <Text size="small" leading="compact" weight="plus">
                    {cert.certificate_number}
                  </Text>
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                    {cert.decision_number}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <StarRating stars={cert.stars} />
                </Table.Cell>
                <Table.Cell>
                  <CertificationStateBadge state={state} />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap items-center gap-2">
                    <Text size="small" leading="compact">
                      {formatDate(cert.expires_at)}
                    </Text>
                    {state === "active" && <ExpiryCountdown expiresAt={cert.expires_at} />}
                  </div>
                  {state === "revoked" && (
                    <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                      Revoked {formatDate(cert.revoked_at)}
                    </Text>
                  )}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </div>
  )
}
