import { Table, Text } from "@medusajs/ui"
import { certificationState } from "../../modules/ocop/lib/certification-rules"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useProductTitles } from "../hooks/use-product-titles"
import type { Certification } from "../lib/types"
import { CertificationStateBadge } from "./status-badges"
import { CellLines, DataTable, MutedLine } from "./data-table"
import { ExpiryCountdown } from "./expiry-countdown"
import { ProductLink } from "./product-link"
import { StarRating } from "./star-rating"

type CertificationsTableProps = { certifications: Certification[] }

export const CertificationsTable = ({ certifications }: CertificationsTableProps) => {
  const { t, formatDate } = useOcopTranslation()
  const titles = useProductTitles(certifications.map((cert) => cert.product_id))
  return (
    <DataTable
      texts="certifications"
      columns={["product", "certificateNumber", "stars", "state", "validUntil"]}
      rows={certifications}
    >
      {(cert) => {
        const state = certificationState(cert)
        return (
          <>
            <Table.Cell className="py-2">
              <ProductLink productId={cert.product_id} title={titles.data?.get(cert.product_id)} />
            </Table.Cell>
            <Table.Cell>
              <CellLines strong detail={cert.decision_number}>
                {cert.certificate_number}
              </CellLines>
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
                <MutedLine>
                  {t("certifications.revokedOn", { date: formatDate(cert.revoked_at) })}
                </MutedLine>
              )}
            </Table.Cell>
          </>
        )
      }}
    </DataTable>
  )
}
