import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { CreateProducerDrawer } from "../../../components/create-producer-drawer"
import { EmptyState } from "../../../components/empty-state"
import { ErrorState } from "../../../components/error-state"
import { LoadingState } from "../../../components/loading-state"
import { ProducersTable } from "../../../components/producers-table"
import { TablePagination } from "../../../components/table-pagination"
import { useDebouncedValue } from "../../../hooks/use-debounced-value"
import { useProducers } from "../../../hooks/use-producers"
import { useUrlState } from "../../../hooks/use-url-state"

const PAGE_SIZE = 20

/** Producers (chủ thể OCOP): cooperatives, groups, enterprises and household businesses. */
const ProducersPage = () => {
  const { params, pageIndex, update } = useUrlState()
  const search = params.get("q") ?? ""
  const [creating, setCreating] = useState(false)
  const q = useDebouncedValue(search.trim())
  const list = useProducers(q, PAGE_SIZE, pageIndex * PAGE_SIZE)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">OCOP producers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Cooperatives, cooperative groups, enterprises and household businesses.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
          Create producer
        </Button>
      </div>
      <div className="px-6 py-3">
        <Input
          type="search"
          size="small"
          aria-label="Search producers by name"
          placeholder="Search by name"
          className="md:max-w-xs"
          value={search}
          onChange={(e) => update({ q: e.target.value, page: null })}
        />
      </div>
      {list.isLoading && <LoadingState label="Loading producers…" />}
      {list.isError && <ErrorState error={list.error} what="producers" />}
      {list.data && list.data.producers.length === 0 && (
        <EmptyState
          title={q ? "No producer matches" : "No producers yet"}
          description={
            q ? `Nothing is named like “${q}”.` : "Create the first producer to assign products to."
          }
        />
      )}
      {list.data && list.data.producers.length > 0 && (
        <>
          <ProducersTable producers={list.data.producers} />
          <TablePagination
            count={list.data.count}
            pageSize={PAGE_SIZE}
            pageIndex={pageIndex}
            onPageChange={(page) => update({ page })}
          />
        </>
      )}
      <CreateProducerDrawer open={creating} onOpenChange={setCreating} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "OCOP producers",
  icon: Buildings,
  rank: 2,
})

export const handle = { breadcrumb: () => "OCOP producers" }

export default ProducersPage
