import { Alert, Button, Drawer, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useSetFairPlaces } from "../hooks/use-fairs"
import { errorMessage } from "../lib/errors"
import type { Fair, Place } from "../lib/network-types"
import { PlaceChecklist } from "./place-checklist"

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
  const linked = fair.linked_places.map((place) => place.id)
  const [placeIds, setPlaceIds] = useState(linked)
  const [problem, setProblem] = useState<string | null>(null)
  const setPlaces = useSetFairPlaces()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setPlaces.mutate(
      {
        fairId: fair.id,
        link: placeIds.filter((id) => !linked.includes(id)),
        unlink: linked.filter((id) => !placeIds.includes(id)),
      },
      {
        onSuccess: () => {
          toast.success(`Linked places of ${fair.name} saved`)
          onDone()
        },
        onError: (error) => {
          setProblem(errorMessage(error))
          toast.error("Not every place was saved", { description: errorMessage(error) })
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>Places linked to {fair.name}</Drawer.Title>
        <Drawer.Description className="sr-only">
          Choose the places this fair's stock may come from.
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {problem && (
          <Alert variant="error" role="alert">
            {problem}
          </Alert>
        )}
        <Text size="small" className="text-ui-fg-subtle">
          The organiser may bring stock to the fair only from these places (and from the producers
          holding a booth), and send unsold stock back to them after the fair.
        </Text>
        <PlaceChecklist
          id="change-fair-places"
          places={places}
          value={placeIds}
          onChange={setPlaceIds}
          noneHint="No place linked: the fair takes stock only from its booths' producers."
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

export const ChangeFairPlacesDrawer = ({ fair, places, onClose }: ChangeFairPlacesDrawerProps) => (
  <Drawer open={fair !== null} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content>
      {fair && <ChangeFairPlacesForm key={fair.id} fair={fair} places={places} onDone={onClose} />}
    </Drawer.Content>
  </Drawer>
)
