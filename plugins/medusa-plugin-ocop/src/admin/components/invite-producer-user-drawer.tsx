import { useState } from "react"
import { useInviteProducerUser } from "../hooks/use-producer-users"
import { formDrawer, type DrawerState, type FormProps } from "./form-drawer"
import { InvitePersonForm } from "./invite-person-form"
import { ProducerPicker, type PickedProducer } from "./producer-picker"

/** Invites someone to manage a producer: the account is approved and waits to be claimed. */
const InviteProducerUserForm = ({ onDone }: FormProps<DrawerState>) => {
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

export const InviteProducerUserDrawer = formDrawer<DrawerState>(InviteProducerUserForm)
