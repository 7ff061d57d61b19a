import { useState } from "react"
import { useInviteProducerUser } from "../hooks/use-producer-users"
import { FormDrawer, type FormProps } from "./form-drawer"
import { InvitePersonForm } from "./invite-person-form"
import { ProducerPicker, type PickedProducer } from "./producer-picker"

type InviteProducerUserDrawerProps = { open: boolean; onOpenChange: (open: boolean) => void }

/** Invites someone to manage a producer: the account is approved and waits to be claimed. */
const InviteProducerUserForm = ({ onDone }: FormProps<InviteProducerUserDrawerProps>) => {
  const [producer, setProducer] = useState<PickedProducer | null>(null)
  return (
    <InvitePersonForm
      texts="inviteProducerUser"
      id="invite"
      choice={producer && { producer_id: producer.id }}
      textValues={{ producer: producer?.name ?? "" }}
      invite={useInviteProducerUser()}
      onDone={onDone}
    >
      <ProducerPicker id="invite-producer" value={producer} onChange={setProducer} />
    </InvitePersonForm>
  )
}

export const InviteProducerUserDrawer = ({ open, onOpenChange }: InviteProducerUserDrawerProps) => (
  <FormDrawer open={open} onOpenChange={onOpenChange}>
    <InviteProducerUserForm onDone={() => onOpenChange(false)} />
  </FormDrawer>
)
