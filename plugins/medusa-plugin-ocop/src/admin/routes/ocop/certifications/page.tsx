import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BadgeCheck } from "@medusajs/icons"
import { CertificationsTable } from "../../../components/certifications-table"
import { EmptyState } from "../../../components/empty-state"
import { ListBody, ListPage, ListTabs } from "../../../components/list-page"
import { navHandle } from "../../../components/nav-label"
import { RunExpiryChecksButton } from "../../../components/run-expiry-checks-button"
import { PAGE_SIZE, Paged } from "../../../components/table-pagination"
import { useCertifications } from "../../../hooks/use-certifications"
import { useOcopTranslation } from "../../../hooks/use-ocop-translation"
import { useUrlState } from "../../../hooks/use-url-state"
import type { CertificationView } from "../../../lib/types"

const VIEWS: CertificationView[] = ["expiring", "all", "revoked"]

const isView = (value: string | null): value is CertificationView =>
  VIEWS.includes(value as CertificationView)

/** Certificates across all products: what expires soon, everything, what was revoked. */
const CertificationsPage = () => {
  const { t } = useOcopTranslation()
  const { params, pageIndex, update } = useUrlState()
  const requested = params.get("view")
  const view: CertificationView = isView(requested) ? requested : "expiring"
  const list = useCertifications(view, PAGE_SIZE, pageIndex * PAGE_SIZE)
  const tabs = VIEWS.map((value) => ({ value, label: t(`certifications.views.${value}`) }))

  return (
    <ListPage
      title={t("nav.certifications")}
      description={t("certifications.description")}
      action={<RunExpiryChecksButton />}
    >
      <ListTabs
        tabs={tabs}
        value={view}
        onChange={(value) => update({ view: value, page: null })}
        label={t("certifications.which")}
      >
        {(tab) => (
          <ListBody
            queries={{ certifications: list }}
            isEmpty={list.data?.certifications.length === 0}
            empty={
              <EmptyState
                title={t("common.nothingHere")}
                description={t(`certifications.empty.${tab.value}`)}
              />
            }
          >
            <Paged
              count={list.data?.count ?? 0}
              pageIndex={pageIndex}
              onPageChange={(page) => update({ page })}
            >
              <CertificationsTable certifications={list.data?.certifications ?? []} />
            </Paged>
          </ListBody>
        )}
      </ListTabs>
    </ListPage>
  )
}

export const config = defineRouteConfig({
  label: "nav.certifications",
  translationNs: "ocop",
  icon: BadgeCheck,
  rank: 1,
})

export const handle = navHandle("nav.certifications")

export default CertificationsPage
