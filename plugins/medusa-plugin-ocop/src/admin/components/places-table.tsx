import { Badge, Table, Text } from "@medusajs/ui"
import { PLACE_TYPE_SHORT_LABELS, VENUE_LABELS } from "../lib/network-labels"
import type { Place } from "../lib/network-types"

type PlacesTableProps = { places: Place[] }

const muted = "text-ui-fg-subtle"

/** The showroom network: centres, sales points, showrooms and fair grounds. */
export const PlacesTable = ({ places }: PlacesTableProps) => (
  <div className="overflow-x-auto">
    <Table aria-label="Places">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Name</Table.HeaderCell>
          <Table.HeaderCell>Type</Table.HeaderCell>
          <Table.HeaderCell>Venue</Table.HeaderCell>
          <Table.HeaderCell>Province</Table.HeaderCell>
          <Table.HeaderCell>Commune</Table.HeaderCell>
          <Table.HeaderCell>Opening hours</Table.HeaderCell>
          <Table.HeaderCell>Pickup</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {places.map((place) => (
          <Table.Row key={place.id}>
            <Table.Cell className="py-2">
              <Text size="small" leading="compact" weight="plus">
                {place.name || "—"}
              </Text>
              <Text size="xsmall" leading="compact" className={muted}>
                {place.address}
              </Text>
            </Table.Cell>
            <Table.Cell>{PLACE_TYPE_SHORT_LABELS[place.type]}</Table.Cell>
            <Table.Cell>{place.venue ? VENUE_LABELS[place.venue] : "—"}</Table.Cell>
            <Table.Cell>{place.province}</Table.Cell>
            <Table.Cell>
              <Text size="small" leading="compact">
                {place.commune}
              </Text>
              {place.legacy_district && (
                <Text size="xsmall" leading="compact" className={muted}>
                  Former district: {place.legacy_district}
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>
              <Text size="small" leading="compact">
                {place.opening_hours ?? "—"}
              </Text>
              {place.phone && (
                <Text size="xsmall" leading="compact" className={muted}>
                  {place.phone}
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>
              {place.pickup ? (
                <Badge size="2xsmall" color="green">
                  Pickup
                </Badge>
              ) : (
                <span className={muted}>No</span>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
)
