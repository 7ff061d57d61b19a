import { Button, toast } from "@medusajs/ui"
import {
  useResendInvitation,
  type Invitation,
  type InvitedAccounts,
} from "../hooks/use-invitations"
import { errorMessage } from "../lib/errors"

/** Tells the officer whether the invitation email went out (and what to do if it did not). */
export function announceInvitation(invitation: Invitation, title: string) {
  if (invitation.delivered) {
    toast.success(title, {
      description: `An invitation was emailed to ${invitation.email}; its link works once, for 7 days.`,
    })
  } else {
    toast.warning(title, {
      description: `The invitation email to ${invitation.email} could not be sent. Use "Resend invitation" later.`,
    })
  }
}

/** For an account its person has not claimed yet: a new invitation email, voiding the old one. */
export const ResendInvitationButton = ({
  accounts,
  account,
}: {
  accounts: InvitedAccounts
  account: { id: string; email: string }
}) => {
  const resend = useResendInvitation(accounts)
  return (
    <Button
      size="small"
      variant="transparent"
      isLoading={resend.isPending}
      aria-label={`Resend the invitation to ${account.email}`}
      onClick={() =>
        resend.mutate(account.id, {
          onSuccess: ({ invitation }) => announceInvitation(invitation, "Invitation sent again"),
          onError: (error) =>
            toast.error("The invitation was not sent", { description: errorMessage(error) }),
        })
      }
    >
      Resend invitation
    </Button>
  )
}
