import { Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useRevokeCertification } from "../hooks/use-certifications"
import { useFormState } from "../hooks/use-form-state"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import type { CertificationWithState } from "../lib/types"
import { DrawerForm } from "./form-drawer"
import { FormField } from "./form-field"
import { subjectDrawer, type SubjectFormProps } from "./subject-drawer"

/** Revocation (thu hồi) needs a reason on record; the product is delisted at once. */
const RevokeCertificationForm = ({
  subject: certification,
  onDone,
}: SubjectFormProps<CertificationWithState>) => {
  const { t } = useOcopTranslation()
  const [reason, setReason] = useState("")
  const { problem, failWith } = useFormState({})
  const revoke = useRevokeCertification()
  const number = certification.certificate_number

  const submit = () =>
    revoke.mutate(
      { id: certification.id, reason: reason.trim() },
      {
        onSuccess: () => {
          toast.success(t("revokeCertification.revoked", { number }))
          onDone()
        },
        onError: failWith(t("revokeCertification.failed")),
      },
    )

  return (
    <DrawerForm
      texts="revokeCertification"
      textValues={{ number }}
      problem={problem}
      onSubmit={submit}
      submitVariant="danger"
      isPending={revoke.isPending}
    >
      <FormField
        id="revoke-reason"
        label={t("revokeCertification.reason")}
        hint={t("revokeCertification.reasonHint")}
      >
        <Textarea
          id="revoke-reason"
          aria-required
          rows={4}
          aria-describedby="revoke-reason-hint"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t("revokeCertification.reasonPlaceholder")}
        />
      </FormField>
    </DrawerForm>
  )
}

/** Revokes the certificate chosen in the history. */
export const RevokeCertificationDrawer = subjectDrawer(RevokeCertificationForm)
