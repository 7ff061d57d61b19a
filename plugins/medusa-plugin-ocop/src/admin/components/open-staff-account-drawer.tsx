import { useState } from "react"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useCreateStaffUser } from "../hooks/use-staff-users"
import { optional } from "../lib/form-values"
import type { Place } from "../lib/network-types"
import { DrawerForm, FormDrawer, type FormProps } from "./form-drawer"
import { PersonFields } from "./person-fields"
import { PlaceChecklist } from "./place-checklist"
import { announceInvitation } from "./resend-invitation-button"

type OpenStaffAccountDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  places: Place[]
}

const EMPTY = { email: "", firstName: "", lastName: "" }

/** Opens a staff account for the places it will manage and emails the person an invitation. */
const OpenStaffAccountForm = ({ places, onDone }: FormProps<OpenStaffAccountDrawerProps>) => {
  const { t } = useOcopTranslation()
  const { form, bind, problem, setProblem, failWith } = useFormState(EMPTY)
  const [placeIds, setPlaceIds] = useState<string[]>([])
  const create = useCreateStaffUser()

  const submit = () => {
    if (placeIds.length === 0) {
      setProblem(t("openStaffAccount.choosePlace"))
      return
    }
    const email = form.email.trim()
    create.mutate(
      {
        email,
        first_name: optional(form.firstName),
        last_name: optional(form.lastName),
        place_ids: placeIds,
      },
      {
        onSuccess: ({ invitation }) => {
          announceInvitation(invitation, t("openStaffAccount.opened", { email }), t)
          onDone()
        },
        onError: failWith(t("openStaffAccount.failed")),
      },
    )
  }

  return (
    <DrawerForm
      texts="openStaffAccount"
      problem={problem}
      onSubmit={submit}
      isPending={create.isPending}
    >
      <PersonFields
        id="staff"
        email={bind("email")}
        lastName={bind("lastName")}
        firstName={bind("firstName")}
      />
      <PlaceChecklist id="staff-places" places={places} value={placeIds} onChange={setPlaceIds} />
    </DrawerForm>
  )
}

export const OpenStaffAccountDrawer = ({
  open,
  onOpenChange,
  ...props
}: OpenStaffAccountDrawerProps) => (
  <FormDrawer open={open} onOpenChange={onOpenChange}>
    <OpenStaffAccountForm {...props} onDone={() => onOpenChange(false)} />
  </FormDrawer>
)
