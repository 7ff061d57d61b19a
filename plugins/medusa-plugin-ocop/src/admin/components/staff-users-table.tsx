import { Badge, Button, Table, Text } from "@medusajs/ui"
import { personName } from "../lib/network-labels"
import type { StaffUser } from "../lib/network-types"
import { ResendInvitationButton } from "./resend-invitation-button"
import { StaffStatusBadge } from "./staff-status-badge"

type StaffUsersTableProps = {
  staff: StaffUser[]
  /** Place names by id, from the places list. */
  placeNames: Map<string, string>
  onChangePlaces: (staffUser: StaffUser) => void
}

const muted = "text-ui-fg-subtle"

/** Staff of centres and sales points, with the places whose shelf stock they manage. */
export const StaffUsersTable = ({ staff, placeNames, onChangePlaces }: StaffUsersTableProps) => (
  <div className="overflow-x-auto">
    <Table aria-label="Staff">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Email</Table.HeaderCell>
          <Table.HeaderCell>Name</Table.HeaderCell>
          <Table.HeaderCell>Places</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>
            <span className="sr-only">Actions</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {staff.map((member) => (
          <Table.Row key={member.id}>
            <Table.Cell className="py-2">
              <Text size="small" leading="compact" weight="plus">
                {member.email}
              </Text>
            </Table.Cell>
            <Table.Cell>{personName(member) || "—"}</Table.Cell>
            <Table.Cell className="py-2">
              <div className="flex max-w-md flex-wrap gap-1">
                {member.assignments.length === 0 && <span className={muted}>None</span>}
                {member.assignments.map((assignment) => (
                  <Badge key={assignment.place_id} size="2xsmall">
                    {placeNames.get(assignment.place_id) ?? "Unknown place"}
                  </Badge>
                ))}
              </div>
            </Table.Cell>
            <Table.Cell>
              <StaffStatusBadge status={member.status} />
              {!member.claimed && (
                <Text size="xsmall" leading="compact" className={muted}>
                  Not claimed yet
                </Text>
              )}
            </Table.Cell>
            <Table.Cell className="flex justify-end gap-x-2">
              {!member.claimed && (
                <ResendInvitationButton accounts="staff-users" account={member} />
              )}
              <Button
                size="small"
                variant="secondary"
                onClick={() => onChangePlaces(member)}
                aria-label={`Change places of ${member.email}`}
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
