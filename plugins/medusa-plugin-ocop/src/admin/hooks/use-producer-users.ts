import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import type { ProducerUserStatus } from "@ocop/shared"
import { networkKeys } from "../lib/network-query-keys"
import type {
  InviteProducerUserBody,
  ProducerUser,
  ProducerUserList,
  UpdateProducerUserBody,
} from "../lib/network-types"
import { sdk } from "../lib/sdk"
import type { Invitation } from "./use-invitations"
import { useRefreshAfterWrite } from "./use-refresh-after-write"

/** One page of producer accounts in the given status, oldest first. */
export function useProducerUsers(status: ProducerUserStatus, limit: number, offset: number) {
  const query = { status, limit, offset }
  return useQuery({
    queryKey: networkKeys.producerUsers(query),
    queryFn: () => sdk.client.fetch<ProducerUserList>("/admin/ocop/producer-users", { query }),
    placeholderData: keepPreviousData,
  })
}

/** An approved account for the producer, which the invitee claims by registering. */
export function useInviteProducerUser() {
  const refresh = useRefreshAfterWrite()
  return useMutation({
    mutationFn: (body: InviteProducerUserBody) =>
      sdk.client.fetch<{ producer_user: ProducerUser; invitation: Invitation }>(
        "/admin/ocop/producer-users",
        {
          method: "POST",
          body,
        },
      ),
    onSuccess: refresh,
  })
}

/** Approves (with the producer managed), disables or re-enables an account. */
export function useUpdateProducerUser() {
  const refresh = useRefreshAfterWrite()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateProducerUserBody }) =>
      sdk.client.fetch<{ producer_user: ProducerUser }>(`/admin/ocop/producer-users/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: refresh,
  })
}
