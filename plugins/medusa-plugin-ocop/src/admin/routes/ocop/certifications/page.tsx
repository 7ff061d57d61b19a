import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BadgeCheck } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { CertificationsTable } from "../../../components/certifications-table"
import { EmptyState } from "../../../components/empty-state"
import { ErrorState } from "../../../components/error-state"
import { LoadingState } from "../../../components/loading-state"
import { RunExpiryChecksButton } from "../../../components/run-expiry-checks-button"
import { TablePagination } from "../../../components/table-pagination"
import { useCertifications } from "../../../hooks/use-certifications"
import { useUrlState } from "../../../hooks/use-url-state"
import type { CertificationView } from "../../../lib/types"

const PAGE_SIZE = 20

const VIEWS: { value: CertificationView; label: string; empty: string }[] = [
  {
    value: "expiring",
    label: "Expiring within 30 days",
    empty: "No active certificate expires within 30 days.",
  },
  { value: "all", label: "All", empty: "No certificate has been recorded yet." },
  { value: "revoked", label: "Revoked", empty: "No certificate has been revoked." },
]

const isView = (value: string | null): value is CertificationView =>
  VIEWS.some((view) => view.value === value)

/** Certificates across all products: what expires soon, everything, what was revoked. */
const CertificationsPage = () => {
  const { params, pageIndex, update } = useUrlState()
  const requested = params.get("view")
  const view: CertificationView = isView(requested) ? requested : "expiring"
  const list = useCertifications(view, PAGE_SIZE, pageIndex * PAGE_SIZE)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">OCOP certificates</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Certificates are valid for 36 months; producers are notified 30 days before expiry.
          </Text>
        </div>
        <RunExpiryChecksButton />
      </div>
      <Tabs value={view} onValueChange={(value) => update({ view: value, page: null })}>
        <div className="px-6 py-3">
          <Tabs.List aria-label="Which certificates">
            {VIEWS.map((option) => (
              <Tabs.Trigger key={option.value} value={option.value}>
                {option.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
        {VIEWS.map((option) => (
          <Tabs.Content key={option.value} value={option.value} className="border-t">
            {list.isLoading && <LoadingState label="Loading certificates…" />}
            {list.isError && <ErrorState error={list.error} what="certificates" />}
            {list.data && list.data.certifications.length === 0 && (
              <EmptyState title="Nothing here" description={option.empty} />
            )}
            {list.data && list.data.certifications.length > 0 && (
              <>
                <CertificationsTable certifications={list.data.certifications} />
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
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "OCOP certificates",
  icon: BadgeCheck,
  rank: 1,
})

export const handle = { breadcrumb: () => "OCOP certificates" }

export default CertificationsPage
