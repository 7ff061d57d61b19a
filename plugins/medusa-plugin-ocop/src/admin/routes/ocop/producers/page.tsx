import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Input } from "@medusajs/ui"
import { useState } from "react"
import { CreateProducerDrawer } from "../../../components/create-producer-drawer"
import { EmptyState } from "../../../components/empty-state"
import { ListBody, ListPage, PageButton } from "../../../components/list-page"
import { navHandle } from "../../../components/nav-label"
import { ProducersTable } from "../../../components/producers-table"
import { PAGE_SIZE, Paged } from "../../../components/table-pagination"
import { useDebouncedValue } from "../../../hooks/use-debounced-value"
import { useOcopTranslation } from "../../../hooks/use-ocop-translation"
import { useProducers } from "../../../hooks/use-producers"
import { useUrlState } from "../../../hooks/use-url-state"

/** Producers (chủ thể OCOP): cooperatives, groups, enterprises and household businesses. */
const ProducersPage = () => {
  const { t } = useOcopTranslation()
  const { params, pageIndex, update } = useUrlState()
  const search = params.get("q") ?? ""
  const [creating, setCreating] = useState(false)
  const q = useDebouncedValue(search.trim())
  const list = useProducers(q, PAGE_SIZE, pageIndex * PAGE_SIZE)

  return (
    <ListPage
      texts="producers"
      action={
        <PageButton onClick={() => setCreating(true)}>{t("createProducer.title")}</PageButton>
      }
    >
      <div className="px-6 py-3">
        <Input
          type="search"
          size="small"
          aria-label={t("producers.searchLabel")}
          placeholder={t("producers.searchPlaceholder")}
          className="md:max-w-xs"
          value={search}
          onChange={(e) => update({ q: e.target.value, page: null })}
        />
      </div>
      <ListBody
        queries={{ producers: list }}
        isEmpty={list.data?.producers.length === 0}
        empty={
          <EmptyState
            title={q ? t("producers.noMatch") : t("producers.none")}
            description={q ? t("producers.noMatchFor", { q }) : t("producers.createFirst")}
          />
        }
      >
        <Paged
          count={list.data?.count ?? 0}
          pageIndex={pageIndex}
          onPageChange={(page) => update({ page })}
        >
          <ProducersTable producers={list.data?.producers ?? []} />
        </Paged>
      </ListBody>
      <CreateProducerDrawer open={creating} onOpenChange={setCreating} />
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "nav.producers",
  translationNs: "ocop",
  icon: Buildings,
  rank: 2,
})

export const handle = navHandle("nav.producers")

export default ProducersPage
