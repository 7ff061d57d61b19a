import { Table } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { Fair } from "../lib/network-types"
import { BadgeList, DataTable, RowButton, TitleCell } from "./data-table"
import { FairStatusBadge } from "./status-badges"

type FairsTableProps = { fairs: Fair[]; onChangePlaces: (fair: Fair) => void }

/** Fairs with their dates, organiser and the places their stock may come from. */
export const FairsTable = ({ fairs, onChangePlaces }: FairsTableProps) => {
  const { t, formatDate } = useOcopTranslation()
  return (
    <DataTable
      texts="fairs"
      columns={["fair", "dates", "organiser", "linkedPlaces"]}
      actions
      rows={fairs}
    >
      {(fair) => (
        <>
          <TitleCell detail={`${fair.venue}, ${fair.province}`}>{fair.name}</TitleCell>
          <Table.Cell className="py-2">
            <div className="flex flex-col items-start gap-y-1">
              <span>{`${formatDate(fair.starts_at)} – ${formatDate(fair.ends_at)}`}</span>
              <FairStatusBadge status={fair.status} />
            </div>
          </Table.Cell>
          <Table.Cell>{fair.organizer?.organisation || fair.organizer?.email || "—"}</Table.Cell>
          <Table.Cell className="py-2">
            <BadgeList items={fair.linked_places} />
          </Table.Cell>
          <Table.Cell className="text-right">
            <RowButton
              label={t("fairs.changePlacesLabel", { fair: fair.name })}
              onClick={() => onChangePlaces(fair)}
            >
              {t("common.changePlaces")}
            </RowButton>
          </Table.Cell>
        </>
      )}
    </DataTable>
  )
}
