import { Button, Table, Text } from "@medusajs/ui"
import { formatDate } from "../lib/dates"
import type { CertificationWithState } from "../lib/types"
import { CertificationStateBadge } from "./certification-state-badge"
import { StarRating } from "./star-rating"
import { ValidityDates } from "./validity-dates"

type CertificationHistoryTableProps = {
  certifications: CertificationWithState[]
  onRevoke: (certification: CertificationWithState) => void
}

/** Every certificate the product ever had, newest first, with revocation for active ones. */
export const CertificationHistoryTable = ({
  certifications,
  onRevoke,
}: CertificationHistoryTableProps) => (
  <div className="overflow-x-auto">
    <Table aria-label="Certificate history">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Number</Table.HeaderCell>
          <Table.HeaderCell>Stars</Table.HeaderCell>
          <Table.HeaderCell>Validity</Table.HeaderCell>
          <Table.HeaderCell>State</Table.HeaderCell>
          <Table.HeaderCell>
            <span className="sr-only">Actions</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {certifications.map((cert) => (
          <Table.Row key={cert.id}>
            <Table.Cell className="py-2">
              <Text size="small" leading="compact" weight="plus">
                {cert.certificate_number}
              </Text>
              {cert.state === "revoked" && cert.revocation_reason && (
                <Text size="xsmall" leading="compact" className="text-ui-fg-subtle">
                  {formatDate(cert.revoked_at)}: {cert.revocation_reason}
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>
              <StarRating stars={cert.stars} compact />
            </Table.Cell>
            <Table.Cell>
              <ValidityDates issuedAt={cert.issued_at} expiresAt={cert.expires_at} />
            </Table.Cell>
            <Table.Cell>
              <CertificationStateBadge state={cert.state} />
            </Table.Cell>
            <Table.Cell className="text-right">
              {cert.state === "active" && (
                <Button
                  size="small"
                  variant="secondary"
                  onClick={() => onRevoke(cert)}
                  aria-label={`Revoke certificate ${cert.certificate_number}`}
                >
                  Revoke
                </Button>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
)
