import { Table } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { personName } from "../lib/network-labels"
import type { ProducerUser } from "../lib/network-types"
import { CellLines, DataTable, MutedLine, TitleCell } from "./data-table"
import { ProducerLink } from "./producer-link"
import { ProducerUserActions } from "./producer-user-actions"
import { ProducerUserStatusBadge } from "./status-badges"

type ProducerUsersTableProps = {
  users: ProducerUser[]
  onApprove: (user: ProducerUser) => void
}

/** Producer accounts with what the applicant asked for and what an officer granted. */
export const ProducerUsersTable = ({ users, onApprove }: ProducerUsersTableProps) => {
  const { t, formatDate } = useOcopTranslation()
  return (
    <DataTable
      texts="producerUsers"
      columns={["email", "name", "requestedProducer", "producer", "status"]}
      actions
      rows={users}
    >
      {(user) => (
        <>
          <TitleCell detail={t("producerUsers.since", { date: formatDate(user.created_at) })}>
            {user.email}
          </TitleCell>
          <Table.Cell>
            <CellLines detail={user.phone}>{personName(user) || "—"}</CellLines>
          </Table.Cell>
          <Table.Cell>
            <CellLines
              detail={
                user.requested_registration_number &&
                t("producerUsers.regNo", { number: user.requested_registration_number })
              }
            >
              {user.requested_producer_name ?? "—"}
            </CellLines>
          </Table.Cell>
          <Table.Cell>{user.producer ? <ProducerLink producer={user.producer} /> : "—"}</Table.Cell>
          <Table.Cell>
            <ProducerUserStatusBadge status={user.status} />
            {!user.claimed && <MutedLine>{t("producerUsers.notRegistered")}</MutedLine>}
          </Table.Cell>
          <Table.Cell>
            <ProducerUserActions user={user} onApprove={onApprove} />
          </Table.Cell>
        </>
      )}
    </DataTable>
  )
}
