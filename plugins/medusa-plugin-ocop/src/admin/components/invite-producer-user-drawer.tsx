import { useState } from "react"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useInviteProducerUser } from "../hooks/use-producer-users"
import { optional } from "../lib/form-values"
import { DrawerForm, FormDrawer, type FormProps } from "./form-drawer"
import { PersonFields } from "./person-fields"
import { ProducerPicker, type PickedProducer } from "./producer-picker"
import { announceInvitation } from "./resend-invitation-button"

type InviteProducerUserDrawerProps = { open: boolean; onOpenChange: (open: boolean) => void }

const EMPTY = { email: "", firstName: "", lastName: "" }

/** Invites someone to manage a producer: the account is approved and waits to be claimed. */
const InviteProducerUserForm = ({ onDone }: FormProps<InviteProducerUserDrawerProps>) => {
  const { t } = useOcopTranslation()
  const { form, bind, problem, setProblem, failWith } = useFormState(EMPTY)
  const [producer, setProducer] = useState<PickedProducer | null>(null)
  const invite = useInviteProducerUser()

  const submit = () => {
    if (!producer) {
      setProblem(t("inviteProducerUser.chooseProducer"))
      return
    }
    const email = form.email.trim()
    invite.mutate(
      {
        email,
        producer_id: producer.id,
        first_name: optional(form.firstName),
        last_name: optional(form.lastName),
      },
      {
        onSuccess: ({ invitation }) => {
          announceInvitation(
            invitation,
            t("inviteProducerUser.invited", { email, producer: producer.name }),
            t,
          )
          onDone()
        },
        onError: failWith(t("inviteProducerUser.failed")),
      },
    )
  }

  return (
    <DrawerForm
      texts="inviteProducerUser"
      problem={problem}
      onSubmit={submit}
      isPending={invite.isPending}
    >
      <PersonFields
        id="invite"
        email={bind("email")}
        lastName={bind("lastName")}
        firstName={bind("firstName")}
      />
      <ProducerPicker id="invite-producer" value={producer} onChange={setProducer} />
    </DrawerForm>
  )
}

export const InviteProducerUserDrawer = ({ open, onOpenChange }: InviteProducerUserDrawerProps) => (
  <FormDrawer open={open} onOpenChange={onOpenChange}>
    <InviteProducerUserForm onDone={() => onOpenChange(false)} />
  </FormDrawer>
)
