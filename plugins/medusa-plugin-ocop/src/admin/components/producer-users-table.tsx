import { Table, Text } from "@medusajs/ui"
import { formatDate } from "../lib/dates"
import { personName } from "../lib/network-labels"
import type { ProducerUser } from "../lib/network-types"
import { ProducerLink } from "./producer-link"
import { ProducerUserActions } from "./producer-user-actions"
import { ProducerUserStatusBadge } from "./producer-user-status-badge"

type ProducerUsersTableProps = {
  users: ProducerUser[]
  onApprove: (user: ProducerUser) => void
}

const muted = "text-ui-fg-subtle"

/** Producer accounts with what the applicant asked for and what an officer granted. */
export const ProducerUsersTable = ({ users, onApprove }: ProducerUsersTableProps) => (
  <div className="overflow-x-auto">
    <Table aria-label="Producer accounts">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Email</Table.HeaderCell>
          <Table.HeaderCell>Name</Table.HeaderCell>
          <Table.HeaderCell>Requested producer</Table.HeaderCell>
          <Table.HeaderCell>Producer</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>
            <span className="sr-only">Actions</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {users.map((user) => (
          <Table.Row key={user.id}>
            <Table.Cell className="py-2">
              <Text size="small" leading="compact" weight="plus">
                {user.email}
              </Text>
              <Text size="xsmall" leading="compact" className={muted}>
                Since {formatDate(user.created_at)}
              </Text>
            </Table.Cell>
            <Table.Cell>
              <Text size="small" leading="compact">
                {personName(user) || "—"}
              </Text>
              {user.phone && (
                <Text size="xsmall" leading="compact" className={muted}>
                  {user.phone}
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>
              <Text size="small" leading="compact">
                {user.requested_producer_name ?? "—"}
              </Text>
              {user.requested_registration_number && (
                <Text size="xsmall" leading="compact" className={muted}>
                  Reg. no. {user.requested_registration_number}
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>
              {user.producer ? <ProducerLink producer={user.producer} /> : "—"}
            </Table.Cell>
            <Table.Cell>
              <ProducerUserStatusBadge status={user.status} />
              {!user.claimed && (
                <Text size="xsmall" leading="compact" className={muted}>
                  Invited, not registered yet
                </Text>
              )}
            </Table.Cell>
            <Table.Cell>
              <ProducerUserActions user={user} onApprove={onApprove} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </div>
)
