import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Button, Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import type { ProducerUserStatus } from "@ocop/shared"
import { ApproveProducerUserDrawer } from "../../../components/approve-producer-user-drawer"
import { EmptyState } from "../../../components/empty-state"
import { ErrorState } from "../../../components/error-state"
import { InviteProducerUserDrawer } from "../../../components/invite-producer-user-drawer"
import { LoadingState } from "../../../components/loading-state"
import { ProducerUsersTable } from "../../../components/producer-users-table"
import { TablePagination } from "../../../components/table-pagination"
import { useProducerUsers } from "../../../hooks/use-producer-users"
import { useUrlState } from "../../../hooks/use-url-state"
import type { ProducerUser } from "../../../lib/network-types"

const PAGE_SIZE = 20

const TABS: { value: ProducerUserStatus; label: string; empty: string }[] = [
  {
    value: "pending",
    label: "Pending",
    empty: "No one is waiting for approval. New registrations from the producer portal show here.",
  },
  { value: "approved", label: "Approved", empty: "No producer account is approved yet." },
  { value: "disabled", label: "Disabled", empty: "No producer account is disabled." },
]

const isStatus = (value: string | null): value is ProducerUserStatus =>
  TABS.some((tab) => tab.value === value)

/** Accounts of people who manage producers' listings: approve registrations, invite, disable. */
const ProducerUsersPage = () => {
  const { params, pageIndex, update } = useUrlState()
  const requested = params.get("status")
  const status: ProducerUserStatus = isStatus(requested) ? requested : "pending"
  const [inviting, setInviting] = useState(false)
  const [approving, setApproving] = useState<ProducerUser | null>(null)
  const list = useProducerUsers(status, PAGE_SIZE, pageIndex * PAGE_SIZE)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">OCOP producer accounts</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            People who manage a producer's listings on the producer portal. Registrations wait here
            until an officer approves them for their producer.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setInviting(true)}>
          Invite
        </Button>
      </div>
      <Tabs value={status} onValueChange={(value) => update({ status: value, page: null })}>
        <div className="px-6 py-3">
          <Tabs.List aria-label="Which accounts">
            {TABS.map((tab) => (
              <Tabs.Trigger key={tab.value} value={tab.value}>
                {tab.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
        {TABS.map((tab) => (
          <Tabs.Content key={tab.value} value={tab.value} className="border-t">
            {list.isLoading && <LoadingState label="Loading producer accounts…" />}
            {list.isError && <ErrorState error={list.error} what="producer accounts" />}
            {list.data && list.data.producer_users.length === 0 && (
              <EmptyState title="Nothing here" description={tab.empty} />
            )}
            {list.data && list.data.producer_users.length > 0 && (
              <>
                <ProducerUsersTable users={list.data.producer_users} onApprove={setApproving} />
                <TablePagination
                  count={list.data.count}
                  pageSize={PAGE_SIZE}
                  pageIndex={pageIndex}
                  onPageChange={(page) => update({ page })}
                />
              </>
            )}
          </Tabs.Content>
        ))}
      </Tabs>
      <InviteProducerUserDrawer open={inviting} onOpenChange={setInviting} />
      <ApproveProducerUserDrawer user={approving} onClose={() => setApproving(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "OCOP producer accounts",
  icon: Users,
  rank: 3,
})

export const handle = { breadcrumb: () => "OCOP producer accounts" }

export default ProducerUsersPage
