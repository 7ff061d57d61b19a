import { defineRouteConfig } from "@medusajs/admin-sdk"
import { IdBadge } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { ChangeStaffPlacesDrawer } from "../../../components/change-staff-places-drawer"
import { EmptyState } from "../../../components/empty-state"
import { ErrorState } from "../../../components/error-state"
import { LoadingState } from "../../../components/loading-state"
import { OpenStaffAccountDrawer } from "../../../components/open-staff-account-drawer"
import { StaffUsersTable } from "../../../components/staff-users-table"
import { usePlaces } from "../../../hooks/use-places"
import { useStaffUsers } from "../../../hooks/use-staff-users"
import type { StaffUser } from "../../../lib/network-types"

const byEmail = (a: StaffUser, b: StaffUser) => a.email.localeCompare(b.email)

/** Staff of OCOP centres and sales points, and the places each one manages. */
const StaffPage = () => {
  const staff = useStaffUsers()
  const places = usePlaces()
  const [opening, setOpening] = useState(false)
  const [changing, setChanging] = useState<StaffUser | null>(null)
  const placeList = places.data?.places ?? []
  const placeNames = new Map(placeList.map((place) => [place.id, place.name]))
  const members = [...(staff.data?.staff_users ?? [])].sort(byEmail)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex max-w-3xl flex-col gap-y-1">
          <Heading level="h1">OCOP staff</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            People at OCOP centres and sales points. An officer opens the account with its places;
            the person claims it with the invitation emailed to them.
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          disabled={!places.data}
          onClick={() => setOpening(true)}
        >
          Open a staff account
        </Button>
      </div>
      {(staff.isLoading || places.isLoading) && <LoadingState label="Loading staff…" />}
      {staff.isError && <ErrorState error={staff.error} what="staff" />}
      {places.isError && <ErrorState error={places.error} what="places" />}
      {staff.data && places.data && members.length === 0 && (
        <EmptyState
          title="No staff accounts yet"
          description={
            placeList.length === 0
              ? "Open a place under OCOP places first, then a staff account for it."
              : "Open an account for someone who works at a centre or sales point."
          }
        />
      )}
      {staff.data && places.data && members.length > 0 && (
        <StaffUsersTable staff={members} placeNames={placeNames} onChangePlaces={setChanging} />
      )}
      <OpenStaffAccountDrawer open={opening} onOpenChange={setOpening} places={placeList} />
      <ChangeStaffPlacesDrawer
        staffUser={changing}
        places={placeList}
        onClose={() => setChanging(null)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "OCOP staff",
  icon: IdBadge,
  rank: 5,
})

export const handle = { breadcrumb: () => "OCOP staff" }

export default StaffPage
