import { Alert, Button, Drawer, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useSetStaffPlaces } from "../hooks/use-staff-users"
import { errorMessage } from "../lib/errors"
import type { Place, StaffUser } from "../lib/network-types"
import { PlaceChecklist } from "./place-checklist"

type ChangeStaffPlacesDrawerProps = {
  /** The staff member whose places change; the drawer is open while one is set. */
  staffUser: StaffUser | null
  places: Place[]
  onClose: () => void
}

type ChangeStaffPlacesFormProps = {
  staffUser: StaffUser
  places: Place[]
  onDone: () => void
}

/** The form starts from the member's current places each time the drawer opens. */
const ChangeStaffPlacesForm = ({ staffUser, places, onDone }: ChangeStaffPlacesFormProps) => {
  const [placeIds, setPlaceIds] = useState(() => staffUser.assignments.map((a) => a.place_id))
  const [problem, setProblem] = useState<string | null>(null)
  const setPlaces = useSetStaffPlaces()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (placeIds.length === 0) {
      setProblem("Keep at least one place.")
      return
    }
    setPlaces.mutate(
      { id: staffUser.id, placeIds },
      {
        onSuccess: () => {
          toast.success(`Places of ${staffUser.email} changed`)
          onDone()
        },
        onError: (error) => {
          setProblem(errorMessage(error))
          toast.error("The places were not changed", { description: errorMessage(error) })
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>Places of {staffUser.email}</Drawer.Title>
        <Drawer.Description className="sr-only">
          Choose the places this staff member manages.
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {problem && (
          <Alert variant="error" role="alert">
            {problem}
          </Alert>
        )}
        <Text size="small" className="text-ui-fg-subtle">
          The chosen places replace the current ones. The staff member manages the shelf stock,
          receipts and counter sales of these places only.
        </Text>
        <PlaceChecklist
          id="change-staff-places"
          places={places}
          value={placeIds}
          onChange={setPlaceIds}
        />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={setPlaces.isPending}>
          Save places
        </Button>
      </Drawer.Footer>
    </form>
  )
}

export const ChangeStaffPlacesDrawer = ({
  staffUser,
  places,
  onClose,
}: ChangeStaffPlacesDrawerProps) => (
  <Drawer open={staffUser !== null} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content>
      {staffUser && (
        <ChangeStaffPlacesForm
          key={staffUser.id}
          staffUser={staffUser}
          places={places}
          onDone={onClose}
        />
      )}
    </Drawer.Content>
  </Drawer>
)
