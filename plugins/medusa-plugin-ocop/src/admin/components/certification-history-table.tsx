import { Table } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { CertificationWithState } from "../lib/types"
import { CertificationStateBadge } from "./status-badges"
import { DataTable, RowButton, TitleCell } from "./data-table"
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
}: CertificationHistoryTableProps) => {
  const { t, formatDate } = useOcopTranslation()
  return (
    <DataTable
      texts="certificationHistory"
      columns={["number", "stars", "validity", "state"]}
      actions
      rows={certifications}
    >
      {(cert) => (
        <>
          <TitleCell
            detail={
              cert.state === "revoked" &&
              cert.revocation_reason &&
              `${formatDate(cert.revoked_at)}: ${cert.revocation_reason}`
            }
          >
            {cert.certificate_number}
          </TitleCell>
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
              <RowButton
                label={t("certificationHistory.revokeLabel", { number: cert.certificate_number })}
                onClick={() => onRevoke(cert)}
              >
                {t("certificationHistory.revoke")}
              </RowButton>
            )}
          </Table.Cell>
        </>
      )}
    </DataTable>
  )
}
