import { Table } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { Producer } from "../lib/types"
import { CellLines, DataTable } from "./data-table"

type ProducersTableProps = { producers: Producer[] }

export const ProducersTable = ({ producers }: ProducersTableProps) => {
  const { t } = useOcopTranslation()
  return (
    <DataTable texts="producers" columns={["name", "legalForm", "province", "commune"]}>
      {producers.map((producer) => (
        <Table.Row key={producer.id}>
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
          <Table.Cell>
            <CellLines
              detail={
                producer.legacy_district &&
                t("common.formerDistrictOf", { district: producer.legacy_district })
              }
            >
              {producer.commune}
            </CellLines>
          </Table.Cell>
        </Table.Row>
      ))}
    </DataTable>
  )
}
