import { Table } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { Producer } from "../lib/types"
import { CommuneCell, DataTable } from "./data-table"

type ProducersTableProps = { producers: Producer[] }

export const ProducersTable = ({ producers }: ProducersTableProps) => {
  const { t } = useOcopTranslation()
  return (
    <DataTable
      texts="producers"
      columns={["name", "legalForm", "province", "commune"]}
      rows={producers}
    >
      {(producer) => (
        <>
          <Table.Cell>
            <Link
              to={`/ocop/producers/${producer.id}`}
              className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
            >
              {producer.name}
            </Link>
          </Table.Cell>
          <Table.Cell>{t(`legalForm.${producer.legal_form}`)}</Table.Cell>
          <Table.Cell>{producer.province}</Table.Cell>
          <CommuneCell commune={producer.commune} legacyDistrict={producer.legacy_district} />
        </>
      )}
    </DataTable>
  )
}
