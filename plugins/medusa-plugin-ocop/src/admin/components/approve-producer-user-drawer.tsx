import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useUpdateProducerUser } from "../hooks/use-producer-users"
import { personName } from "../lib/network-labels"
import type { ProducerUser } from "../lib/network-types"
import { DrawerForm } from "./form-drawer"
import { ProducerPicker, type PickedProducer } from "./producer-picker"
import { SectionRow } from "./section-row"
import { subjectDrawer, type SubjectFormProps } from "./subject-drawer"

/** Approval attaches the account to the one producer whose listings it will manage. */
const ApproveProducerUserForm = ({ subject: user, onDone }: SubjectFormProps<ProducerUser>) => {
  const { t } = useOcopTranslation()
  const [producer, setProducer] = useState<PickedProducer | null>(null)
  const { problem, failWith } = useFormState({})
  const update = useUpdateProducerUser()

  const submit = () => {
    if (!producer) return
    update.mutate(
      { id: user.id, body: { status: "approved", producer_id: producer.id } },
      {
        onSuccess: () => {
          toast.success(
            t("approveProducerUser.approved", { email: user.email, producer: producer.name }),
          )
          onDone()
        },
        onError: failWith(t("approveProducerUser.failed")),
      },
    )
  }

  return (
    <DrawerForm
      texts="approveProducerUser"
      textValues={{ email: user.email }}
      problem={problem}
      onSubmit={submit}
      submitDisabled={!producer}
      isPending={update.isPending}
    >
      <div className="-mx-6 divide-y border-y">
        <SectionRow label={t("person.name")}>{personName(user) || "—"}</SectionRow>
        <SectionRow label={t("person.phone")}>{user.phone ?? "—"}</SectionRow>
        <SectionRow label={t("producerUsers.requestedProducer")}>
          {user.requested_producer_name ?? "—"}
        </SectionRow>
        <SectionRow label={t("producer.registrationNumber")}>
          {user.requested_registration_number ?? "—"}
        </SectionRow>
      </div>
      <ProducerPicker
        id="approve-producer"
        value={producer}
        onChange={setProducer}
        initialSearch={user.requested_producer_name ?? ""}
      />
    </DrawerForm>
  )
}

/** Approves the account chosen in the list. */
export const ApproveProducerUserDrawer = subjectDrawer(ApproveProducerUserForm)
