import { Button, toast } from "@medusajs/ui"
import {
  useResendInvitation,
  type Invitation,
  type InvitedAccounts,
} from "../hooks/use-invitations"
import { useOcopTranslation, type OcopT } from "../hooks/use-ocop-translation"
import { toastFailure } from "../lib/errors"

/** Tells the officer whether the invitation email went out (and what to do if it did not). */
export function announceInvitation(invitation: Invitation, title: string, t: OcopT) {
  if (invitation.delivered) {
    toast.success(title, {
      description: t("invitation.emailed", { email: invitation.email }),
    })
  } else {
    toast.warning(title, {
      description: t("invitation.notSent", { email: invitation.email }),
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
  const { t } = useOcopTranslation()
  const resend = useResendInvitation(accounts)
  return (
    <Button
      size="small"
      variant="transparent"
      isLoading={resend.isPending}
      aria-label={t("invitation.resendLabel", { email: account.email })}
      onClick={() =>
        resend.mutate(account.id, {
          onSuccess: ({ invitation }) =>
            announceInvitation(invitation, t("invitation.sentAgain"), t),
          onError: toastFailure(t, t("invitation.failed")),
        })
      }
    >
      {t("invitation.resend")}
    </Button>
  )
}
