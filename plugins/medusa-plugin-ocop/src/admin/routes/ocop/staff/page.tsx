import { defineRouteConfig } from "@medusajs/admin-sdk"
import { IdBadge } from "@medusajs/icons"
import { useState } from "react"
import { ChangePlacesDrawer } from "../../../components/change-places-drawer"
import { EmptyState } from "../../../components/empty-state"
import { ListBody, ListPage, PageButton } from "../../../components/list-page"
import { navHandle } from "../../../components/nav-label"
import { OpenStaffAccountDrawer } from "../../../components/open-staff-account-drawer"
import { StaffUsersTable } from "../../../components/staff-users-table"
import { useOcopTranslation } from "../../../hooks/use-ocop-translation"
import { usePlaces } from "../../../hooks/use-places"
import { useSetStaffPlaces, useStaffUsers } from "../../../hooks/use-staff-users"
import type { StaffUser } from "../../../lib/network-types"

const byEmail = (a: StaffUser, b: StaffUser) => a.email.localeCompare(b.email)

/** Staff of OCOP centres and sales points, and the places each one manages. */
const StaffPage = () => {
  const { t } = useOcopTranslation()
  const staff = useStaffUsers()
  const places = usePlaces()
  const [opening, setOpening] = useState(false)
  const [changing, setChanging] = useState<StaffUser | null>(null)
  const placeList = places.data?.places ?? []
  const placeNames = new Map(placeList.map((place) => [place.id, place.name]))
  const members = [...(staff.data?.staff_users ?? [])].sort(byEmail)

  return (
    <ListPage
      texts="staff"
      action={
        <PageButton disabled={!places.data} onClick={() => setOpening(true)}>
          {t("openStaffAccount.title")}
        </PageButton>
      }
    >
      <ListBody
        queries={{ staff, places }}
        isEmpty={members.length === 0}
        empty={
          <EmptyState
            title={t("staff.none")}
            description={placeList.length === 0 ? t("staff.openPlaceFirst") : t("staff.openFirst")}
          />
        }
      >
        <StaffUsersTable staff={members} placeNames={placeNames} onChangePlaces={setChanging} />
      </ListBody>
      <OpenStaffAccountDrawer open={opening} onOpenChange={setOpening} places={placeList} />
      <ChangePlacesDrawer
        texts="changeStaffPlaces"
        subject={changing}
        current={(member) => member.assignments.map((assignment) => assignment.place_id)}
        textValues={(member) => ({ email: member.email })}
        places={placeList}
        useSave={useSetStaffPlaces}
        keepOne
        onClose={() => setChanging(null)}
      />
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "nav.staff",
  translationNs: "ocop",
  icon: IdBadge,
  rank: 5,
})

export const handle = navHandle("nav.staff")

export default StaffPage
