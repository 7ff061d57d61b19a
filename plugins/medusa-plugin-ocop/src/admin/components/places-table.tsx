import { Badge, Table } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { Place } from "@ocop/shared"
import { CellLines, CommuneCell, DataTable, TitleCell } from "./data-table"

type PlacesTableProps = { places: Place[] }

/** The showroom network: centres, sales points, showrooms and fair grounds. */
export const PlacesTable = ({ places }: PlacesTableProps) => {
  const { t } = useOcopTranslation()
  return (
    <DataTable
      texts="places"
      columns={["name", "type", "venue", "province", "commune", "openingHours", "pickup"]}
      rows={places}
    >
      {(place) => (
        <>
          <TitleCell detail={place.address}>{place.name || "—"}</TitleCell>
          <Table.Cell>{t(`placeTypeShort.${place.type}`)}</Table.Cell>
          <Table.Cell>{place.venue ? t(`venue.${place.venue}`) : "—"}</Table.Cell>
          <Table.Cell>{place.province}</Table.Cell>
          <CommuneCell commune={place.commune} legacyDistrict={place.legacy_district} />
          <Table.Cell>
            <CellLines detail={place.phone}>{place.opening_hours ?? "—"}</CellLines>
          </Table.Cell>
          <Table.Cell>
            {place.pickup ? (
              <Badge size="2xsmall" color="green">
                {t("places.pickup")}
              </Badge>
            ) : (
              <span className="text-ui-fg-subtle">{t("common.no")}</span>
            )}
          </Table.Cell>
        </>
      )}
    </DataTable>
  )
}
