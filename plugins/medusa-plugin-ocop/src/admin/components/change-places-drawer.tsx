import { toast } from "@medusajs/ui"
import type { UseMutationResult } from "@tanstack/react-query"
import { useState } from "react"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { kebab } from "../lib/form-values"
import type { Place } from "@ocop/shared"
import type { PlacesChange } from "../lib/network-types"
import { DrawerForm } from "./form-drawer"
import { PlaceChecklist } from "./place-checklist"
import { SubjectDrawer } from "./subject-drawer"

type Subject = { id: string }

type ChangePlacesDrawerProps<T extends Subject> = {
  /**
   * The drawer's translation group: `.title`, `.description`, `.intro`, `.submit`, `.saved`,
   * `.failed`, and `.none` (the hint while no place is chosen) when it has one.
   */
  texts: "changeFairPlaces" | "changeStaffPlaces"
  /** Whose places change (a fair, a staff member); the drawer is open while one is set. */
  subject: T | null
  /** The subject's places when the drawer opens: the form starts from them. */
  current: (subject: T) => string[]
  /** Values for the texts' {{placeholders}}: the fair's name, the member's email. */
  textValues: (subject: T) => Record<string, string>
  /** The places that may be chosen. */
  places: Place[]
  /** The write, a hook called by the form. */
  useSave: () => UseMutationResult<unknown, unknown, PlacesChange>
  /** A staff member keeps at least one place (`<texts>.keepOne`); a fair may have none. */
  keepOne?: boolean
  onClose: () => void
}

type ChangePlacesFormProps<T extends Subject> = Omit<
  ChangePlacesDrawerProps<T>,
  "subject" | "onClose"
> & { subject: T; onDone: () => void }

const ChangePlacesForm = <T extends Subject>({
  texts,
  subject,
  current,
  textValues,
  places,
  useSave,
  keepOne,
  onDone,
}: ChangePlacesFormProps<T>) => {
  const { t } = useOcopTranslation()
  const before = current(subject)
  const values = textValues(subject)
  const [placeIds, setPlaceIds] = useState(before)
  const { problem, setProblem, failWith } = useFormState({})
  const mutation = useSave()

  const submit = () => {
    if (keepOne && placeIds.length === 0) {
      setProblem(t(`${texts}.keepOne`))
      return
    }
    mutation.mutate(
      { id: subject.id, before, placeIds },
      {
        onSuccess: () => {
          toast.success(t(`${texts}.saved`, values))
          onDone()
        },
        onError: failWith(t(`${texts}.failed`)),
      },
    )
  }

  return (
    <DrawerForm
      texts={texts}
      textValues={values}
      problem={problem}
      onSubmit={submit}
      isPending={mutation.isPending}
    >
      <PlaceChecklist
        id={kebab(texts)}
        places={places}
        value={placeIds}
        onChange={setPlaceIds}
        noneHint={t(`${texts}.none`, { defaultValue: "" }) || undefined}
      />
    </DrawerForm>
  )
}

/** Chooses the places a fair takes stock from, or the places a staff member manages. */
export const ChangePlacesDrawer = <T extends Subject>({
  subject,
  onClose,
  ...props
}: ChangePlacesDrawerProps<T>) => (
  <SubjectDrawer subject={subject} onClose={onClose}>
    {(chosen) => <ChangePlacesForm {...props} subject={chosen} onDone={onClose} />}
  </SubjectDrawer>
)
