import { Button, toast, usePrompt } from "@medusajs/ui"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { useUpdateProducerUser } from "../hooks/use-producer-users"
import { toastFailure } from "../lib/errors"
import type { ProducerUser } from "../lib/network-types"
import { ResendInvitationButton } from "./resend-invitation-button"

type ProducerUserActionsProps = {
  user: ProducerUser
  onApprove: (user: ProducerUser) => void
}

/**
 * Approve a pending account, disable one, or re-enable it for the producer it managed; resend
 * the invitation of an account not claimed yet.
 */
export const ProducerUserActions = ({ user, onApprove }: ProducerUserActionsProps) => {
  const { t } = useOcopTranslation()
  const update = useUpdateProducerUser()
  const prompt = usePrompt()
  const who = user.email

  const disable = async () => {
    const confirmed = await prompt({
      title: t("producerUserActions.disableTitle", { email: who }),
      description: t("producerUserActions.disableDescription"),
      confirmText: t("producerUserActions.disable"),
      cancelText: t("common.cancel"),
    })
    if (!confirmed) return
    update.mutate(
      { id: user.id, body: { status: "disabled" } },
      {
        onSuccess: () => toast.success(t("producerUserActions.disabled", { email: who })),
        onError: toastFailure(t, t("producerUserActions.disableFailed")),
      },
    )
  }

  const reEnable = (producerId: string) =>
    update.mutate(
      { id: user.id, body: { status: "approved", producer_id: producerId } },
      {
        onSuccess: () => toast.success(t("producerUserActions.reEnabled", { email: who })),
        onError: toastFailure(t, t("producerUserActions.reEnableFailed")),
      },
    )

  const { producer } = user
  const needsApproval = user.status === "pending" || (user.status === "disabled" && !producer)
  return (
    <div className="flex justify-end gap-x-2">
      {!user.claimed && user.status !== "disabled" && (
        <ResendInvitationButton accounts="producer-users" account={user} />
      )}
      {needsApproval && (
        <Button
          size="small"
          variant="secondary"
          onClick={() => onApprove(user)}
          aria-label={t("producerUserActions.approveLabel", { email: who })}
        >
          {t("producerUserActions.approve")}
        </Button>
      )}
      {user.status === "disabled" && producer && (
        <Button
          size="small"
          variant="secondary"
          isLoading={update.isPending}
          onClick={() => reEnable(producer.id)}
          aria-label={t("producerUserActions.reEnableLabel", { email: who })}
        >
          {t("producerUserActions.reEnable")}
        </Button>
      )}
      {user.status !== "disabled" && (
        <Button
          size="small"
          variant="transparent"
          isLoading={update.isPending}
          onClick={disable}
          aria-label={t("producerUserActions.disableLabel", { email: who })}
        >
          {t("producerUserActions.disable")}
        </Button>
      )}
    </div>
  )
}
