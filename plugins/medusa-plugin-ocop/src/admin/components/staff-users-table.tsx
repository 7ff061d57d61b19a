import { Table } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { personName } from "../lib/network-labels"
import type { StaffUser } from "../lib/network-types"
import { BadgeList, DataTable, MutedLine, RowButton, TitleCell } from "./data-table"
import { ResendInvitationButton } from "./resend-invitation-button"
import { StaffStatusBadge } from "./status-badges"

type StaffUsersTableProps = {
  staff: StaffUser[]
  /** Place names by id, from the places list. */
  placeNames: Map<string, string>
  onChangePlaces: (staffUser: StaffUser) => void
}

/** Staff of centres and sales points, with the places whose shelf stock they manage. */
export const StaffUsersTable = ({ staff, placeNames, onChangePlaces }: StaffUsersTableProps) => {
  const { t } = useOcopTranslation()
  return (
    <DataTable texts="staff" columns={["email", "name", "places", "status"]} actions rows={staff}>
      {(member) => (
        <>
          <TitleCell>{member.email}</TitleCell>
          <Table.Cell>{personName(member) || "—"}</Table.Cell>
          <Table.Cell className="py-2">
            <BadgeList
              items={member.assignments.map(({ place_id }) => ({
                id: place_id,
                name: placeNames.get(place_id) ?? t("staff.unknownPlace"),
              }))}
            />
          </Table.Cell>
          <Table.Cell>
            <StaffStatusBadge status={member.status} />
            {!member.claimed && <MutedLine>{t("staff.notClaimed")}</MutedLine>}
          </Table.Cell>
          <Table.Cell className="flex justify-end gap-x-2">
            {!member.claimed && <ResendInvitationButton accounts="staff-users" account={member} />}
            <RowButton
              label={t("staff.changePlacesLabel", { email: member.email })}
              onClick={() => onChangePlaces(member)}
            >
              {t("common.changePlaces")}
            </RowButton>
          </Table.Cell>
        </>
      )}
    </DataTable>
  )
}
