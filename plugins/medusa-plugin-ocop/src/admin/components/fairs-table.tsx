import { Badge, Button, Table, Text } from "@medusajs/ui"
import { formatDate } from "../lib/dates"
import type { Fair } from "../lib/network-types"
import { FairStatusBadge } from "./fair-status-badge"

type FairsTableProps = { fairs: Fair[]; onChangePlaces: (fair: Fair) => void }

const muted = "text-ui-fg-subtle"

/** Fairs with their dates, organiser and the places their stock may come from. */
export const FairsTable = ({ fairs, onChangePlaces }: FairsTableProps) => (
  <div className="overflow-x-auto">
    <Table aria-label="Fairs">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Fair</Table.HeaderCell>
          <Table.HeaderCell>Dates</Table.HeaderCell>
          <Table.HeaderCell>Organiser</Table.HeaderCell>
          <Table.HeaderCell>Linked places</Table.HeaderCell>
          <Table.HeaderCell>
            <span className="sr-only">Actions</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {fairs.map((fair) => (
          <Table.Row key={fair.id}>
            <Table.Cell className="py-2">
              <Text size="small" leading="compact" weight="plus">
                {fair.name}
              </Text>
              <Text size="xsmall" leading="compact" className={muted}>
                {fair.venue}, {fair.province}
              </Text>
            </Table.Cell>
            <Table.Cell className="py-2">
              <div className="flex flex-col items-start gap-y-1">
                <span>
                  {formatDate(fair.starts_at)} – {formatDate(fair.ends_at)}
                </span>
                <FairStatusBadge status={fair.status} />
              </div>
            </Table.Cell>
            <Table.Cell>{fair.organizer?.organisation || fair.organizer?.email || "—"}</Table.Cell>
            <Table.Cell className="py-2">
              <div className="flex max-w-md flex-wrap gap-1">
                {fair.linked_places.length === 0 && <span className={muted}>None</span>}
                {fair.linked_places.map((place) => (
                  <Badge key={place.id} size="2xsmall">
                    {place.name}
                  </Badge>
                ))}
              </div>
            </Table.Cell>
            <Table.Cell className="text-right">
              <Button
                size="small"
                variant="secondary"
                onClick={() => onChangePlaces(fair)}
                aria-label={`Change linked places of ${fair.name}`}
              >
                Change places
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
)
