import { useState } from "react"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useInviteProducerUser } from "../hooks/use-producer-users"
import { optional } from "../lib/form-values"
import { FormDrawer } from "./form-drawer"
import { PersonFields } from "./person-fields"
import { ProducerPicker, type PickedProducer } from "./producer-picker"
import { announceInvitation } from "./resend-invitation-button"

type InviteProducerUserDrawerProps = { open: boolean; onOpenChange: (open: boolean) => void }

const EMPTY = { email: "", firstName: "", lastName: "" }

/** Invites someone to manage a producer: the account is approved and waits to be claimed. */
export const InviteProducerUserDrawer = ({ open, onOpenChange }: InviteProducerUserDrawerProps) => {
  const { t } = useOcopTranslation()
  const { form, bind, problem, setProblem, reset, failWith } = useFormState(EMPTY)
  const [producer, setProducer] = useState<PickedProducer | null>(null)
  const invite = useInviteProducerUser()

  const close = (next: boolean) => {
    if (!next) {
      reset()
      setProducer(null)
    }
    onOpenChange(next)
  }

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
          close(false)
        },
        onError: failWith(t("inviteProducerUser.failed")),
      },
    )
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={close}
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
    </FormDrawer>
  )
}
