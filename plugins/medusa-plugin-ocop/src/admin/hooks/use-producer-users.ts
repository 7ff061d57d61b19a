import type { ProducerUserStatus } from "@ocop/shared"
import { networkKeys } from "../lib/network-query-keys"
import type {
  InviteProducerUserBody,
  ProducerUser,
  ProducerUserList,
  UpdateProducerUserBody,
} from "../lib/network-types"
import { post, useAdminPage, useOcopWrite } from "./use-admin-api"
import type { Invitation } from "./use-invitations"

/** One page of producer accounts in the given status, oldest first. */
export const useProducerUsers = (status: ProducerUserStatus, limit: number, offset: number) =>
  useAdminPage<ProducerUserList>(networkKeys.producerUsers, "/admin/ocop/producer-users", {
    status,
    limit,
    offset,
  })

/** An approved account for the producer, which the invitee claims by registering. */
export const useInviteProducerUser = () =>
  useOcopWrite((body: InviteProducerUserBody) =>
    post<{ producer_user: ProducerUser; invitation: Invitation }>(
      "/admin/ocop/producer-users",
      body,
    ),
  )

/** Approves (with the producer managed), disables or re-enables an account. */
export const useUpdateProducerUser = () =>
  useOcopWrite(({ id, body }: { id: string; body: UpdateProducerUserBody }) =>
    post<{ producer_user: ProducerUser }>(`/admin/ocop/producer-users/${id}`, body),
  )
