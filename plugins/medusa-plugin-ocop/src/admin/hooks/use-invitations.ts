import { useMutation } from "@tanstack/react-query"
import { post } from "./use-admin-api"

/** The accounts an officer opens for a person, who claims one with the invitation email. */
export type InvitedAccounts = "staff-users" | "producer-users" | "organizer-users"

/** What the API tells of an invitation: never its token. */
export type Invitation = { id: string; email: string; expires_at: string; delivered: boolean }

/** Sends a new invitation to an account not claimed yet; the previous one stops working. */
export function useResendInvitation(accounts: InvitedAccounts) {
  return useMutation({
    mutationFn: (id: string) =>
      post<{ invitation: Invitation }>(`/admin/ocop/${accounts}/${id}/invitation`),
  })
}
