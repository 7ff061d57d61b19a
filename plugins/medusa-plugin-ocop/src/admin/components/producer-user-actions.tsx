import { Button, toast, usePrompt } from "@medusajs/ui"
import { useUpdateProducerUser } from "../hooks/use-producer-users"
import { errorMessage } from "../lib/errors"
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
  const update = useUpdateProducerUser()
  const prompt = usePrompt()
  const who = user.email

  const disable = async () => {
    const confirmed = await prompt({
      title: `Disable ${who}?`,
      description:
        "The account can no longer manage a producer's listings on the producer portal. You can re-enable it later.",
      confirmText: "Disable",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    update.mutate(
      { id: user.id, body: { status: "disabled" } },
      {
        onSuccess: () => toast.success(`${who} disabled`),
        onError: (error) =>
          toast.error("The account was not disabled", { description: errorMessage(error) }),
      },
    )
  }

  const reEnable = (producerId: string) =>
    update.mutate(
      { id: user.id, body: { status: "approved", producer_id: producerId } },
      {
        onSuccess: () => toast.success(`${who} re-enabled`),
        onError: (error) =>
          toast.error("The account was not re-enabled", { description: errorMessage(error) }),
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
          aria-label={`Approve ${who}`}
        >
          Approve
        </Button>
      )}
      {user.status === "disabled" && producer && (
        <Button
          size="small"
          variant="secondary"
          isLoading={update.isPending}
          onClick={() => reEnable(producer.id)}
          aria-label={`Re-enable ${who}`}
        >
          Re-enable
        </Button>
      )}
      {user.status !== "disabled" && (
        <Button
          size="small"
          variant="transparent"
          isLoading={update.isPending}
          onClick={disable}
          aria-label={`Disable ${who}`}
        >
          Disable
        </Button>
      )}
    </div>
  )
}
