import { useState } from "react"
import { useCreateStaffUser } from "../hooks/use-staff-users"
import type { Place } from "@ocop/shared"
import { formDrawer, type DrawerState, type FormProps } from "./form-drawer"
import { InvitePersonForm } from "./invite-person-form"
import { PlaceChecklist } from "./place-checklist"

type OpenStaffAccountDrawerProps = DrawerState & {
  places: Place[]
}

/** Opens a staff account for the places it will manage and emails the person an invitation. */
const OpenStaffAccountForm = ({ places, onDone }: FormProps<OpenStaffAccountDrawerProps>) => {
  const [placeIds, setPlaceIds] = useState<string[]>([])
  return (
    <InvitePersonForm
      texts="openStaffAccount"
      id="staff"
      choice={placeIds.length > 0 ? { place_ids: placeIds } : null}
      invite={useCreateStaffUser()}
      onDone={onDone}
    >
      <PlaceChecklist id="staff-places" places={places} value={placeIds} onChange={setPlaceIds} />
    </InvitePersonForm>
  )
}

export const OpenStaffAccountDrawer = formDrawer<OpenStaffAccountDrawerProps>(OpenStaffAccountForm)
