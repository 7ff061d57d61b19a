import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { useState } from "react"
import type { ProducerUserStatus } from "@ocop/shared"
import { ApproveProducerUserDrawer } from "../../../components/approve-producer-user-drawer"
import { InviteProducerUserDrawer } from "../../../components/invite-producer-user-drawer"
import { ListPage, PageButton, PagedTabs } from "../../../components/list-page"
import { navHandle } from "../../../components/nav-label"
import { ProducerUsersTable } from "../../../components/producer-users-table"
import { PAGE_SIZE } from "../../../components/table-pagination"
import { useOcopTranslation } from "../../../hooks/use-ocop-translation"
import { useProducerUsers } from "../../../hooks/use-producer-users"
import { useUrlState } from "../../../hooks/use-url-state"
import type { ProducerUser } from "../../../lib/network-types"

const STATUSES: ProducerUserStatus[] = ["pending", "approved", "disabled"]

/** Accounts of people who manage producers' listings: approve registrations, invite, disable. */
const ProducerUsersPage = () => {
  const { t } = useOcopTranslation()
  const { choice, pageIndex } = useUrlState()
  const status = choice("status", STATUSES)
  const [inviting, setInviting] = useState(false)
  const [approving, setApproving] = useState<ProducerUser | null>(null)
  const list = useProducerUsers(status, PAGE_SIZE, pageIndex * PAGE_SIZE)

  return (
    <ListPage
      texts="producerUsers"
      action={
        <PageButton onClick={() => setInviting(true)}>{t("inviteProducerUser.submit")}</PageButton>
      }
    >
      <PagedTabs
        texts="producerUsers"
        param="status"
        values={STATUSES}
        value={status}
        query={list}
        isEmpty={list.data?.producer_users.length === 0}
        count={list.data?.count ?? 0}
      >
        <ProducerUsersTable users={list.data?.producer_users ?? []} onApprove={setApproving} />
      </PagedTabs>
      <InviteProducerUserDrawer open={inviting} onOpenChange={setInviting} />
      <ApproveProducerUserDrawer subject={approving} onClose={() => setApproving(null)} />
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "nav.producerUsers",
  translationNs: "ocop",
  icon: Users,
  rank: 3,
})

export const handle = navHandle("nav.producerUsers")

export default ProducerUsersPage
