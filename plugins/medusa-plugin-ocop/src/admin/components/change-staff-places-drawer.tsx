import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useSetStaffPlaces } from "../hooks/use-staff-users"
import type { Place, StaffUser } from "../lib/network-types"
import { DrawerForm } from "./form-drawer"
import { PlaceChecklist } from "./place-checklist"
import { SubjectDrawer } from "./subject-drawer"

type ChangeStaffPlacesDrawerProps = {
  /** The staff member whose places change; the drawer is open while one is set. */
  staffUser: StaffUser | null
  places: Place[]
  onClose: () => void
}

type ChangeStaffPlacesFormProps = { staffUser: StaffUser; places: Place[]; onDone: () => void }

/** The form starts from the member's current places each time the drawer opens. */
const ChangeStaffPlacesForm = ({ staffUser, places, onDone }: ChangeStaffPlacesFormProps) => {
  const { t } = useOcopTranslation()
  const [placeIds, setPlaceIds] = useState(() => staffUser.assignments.map((a) => a.place_id))
  const { problem, setProblem, failWith } = useFormState({})
  const setPlaces = useSetStaffPlaces()

  const submit = () => {
    if (placeIds.length === 0) {
      setProblem(t("changeStaffPlaces.keepOne"))
      return
    }
    setPlaces.mutate(
      { id: staffUser.id, placeIds },
      {
        onSuccess: () => {
          toast.success(t("changeStaffPlaces.changed", { email: staffUser.email }))
          onDone()
        },
        onError: failWith(t("changeStaffPlaces.failed")),
      },
    )
  }

  return (
    <DrawerForm
      texts="changeStaffPlaces"
      textValues={{ email: staffUser.email }}
      problem={problem}
      onSubmit={submit}
      isPending={setPlaces.isPending}
    >
      <PlaceChecklist
        id="change-staff-places"
        places={places}
        value={placeIds}
        onChange={setPlaceIds}
      />
    </DrawerForm>
  )
}

export const ChangeStaffPlacesDrawer = ({
  staffUser,
  places,
  onClose,
}: ChangeStaffPlacesDrawerProps) => (
  <SubjectDrawer subject={staffUser} onClose={onClose}>
    {(subject) => <ChangeStaffPlacesForm staffUser={subject} places={places} onDone={onClose} />}
  </SubjectDrawer>
)
