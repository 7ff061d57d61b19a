import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useSetFairPlaces } from "../hooks/use-fairs"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { Fair, Place } from "../lib/network-types"
import { DrawerForm } from "./form-drawer"
import { PlaceChecklist } from "./place-checklist"
import { SubjectDrawer } from "./subject-drawer"

type ChangeFairPlacesDrawerProps = {
  /** The fair whose linked places change; the drawer is open while one is set. */
  fair: Fair | null
  /** Places that may supply a fair: every place but fair grounds. */
  places: Place[]
  onClose: () => void
}

type ChangeFairPlacesFormProps = { fair: Fair; places: Place[]; onDone: () => void }

/** The form starts from the fair's current links each time the drawer opens. */
const ChangeFairPlacesForm = ({ fair, places, onDone }: ChangeFairPlacesFormProps) => {
  const { t } = useOcopTranslation()
  const linked = fair.linked_places.map((place) => place.id)
  const [placeIds, setPlaceIds] = useState(linked)
  const { problem, failWith } = useFormState({})
  const setPlaces = useSetFairPlaces()

  const submit = () =>
    setPlaces.mutate(
      {
        fairId: fair.id,
        link: placeIds.filter((id) => !linked.includes(id)),
        unlink: linked.filter((id) => !placeIds.includes(id)),
      },
      {
        onSuccess: () => {
          toast.success(t("changeFairPlaces.saved", { fair: fair.name }))
          onDone()
        },
        onError: failWith(t("changeFairPlaces.failed")),
      },
    )

  return (
    <DrawerForm
      texts="changeFairPlaces"
      textValues={{ fair: fair.name }}
      problem={problem}
      onSubmit={submit}
      isPending={setPlaces.isPending}
    >
      <PlaceChecklist
        id="change-fair-places"
        places={places}
        value={placeIds}
        onChange={setPlaceIds}
        noneHint={t("changeFairPlaces.none")}
      />
    </DrawerForm>
  )
}

export const ChangeFairPlacesDrawer = ({ fair, places, onClose }: ChangeFairPlacesDrawerProps) => (
  <SubjectDrawer subject={fair} onClose={onClose}>
    {(subject) => <ChangeFairPlacesForm fair={subject} places={places} onDone={onClose} />}
  </SubjectDrawer>
)
