import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BadgeCheck } from "@medusajs/icons"
import { CertificationsTable } from "../../../components/certifications-table"
import { ListPage, PagedTabs } from "../../../components/list-page"
import { navHandle } from "../../../components/nav-label"
import { RunExpiryChecksButton } from "../../../components/run-expiry-checks-button"
import { PAGE_SIZE } from "../../../components/table-pagination"
import { useCertifications } from "../../../hooks/use-certifications"
import { useUrlState } from "../../../hooks/use-url-state"
import type { CertificationView } from "../../../lib/types"

const VIEWS: CertificationView[] = ["expiring", "all", "revoked"]

/** Certificates across all products: what expires soon, everything, what was revoked. */
const CertificationsPage = () => {
  const { choice, pageIndex } = useUrlState()
  const view = choice("view", VIEWS)
  const list = useCertifications(view, PAGE_SIZE, pageIndex * PAGE_SIZE)

  return (
    <ListPage texts="certifications" action={<RunExpiryChecksButton />}>
      <PagedTabs
        texts="certifications"
        param="view"
        values={VIEWS}
        value={view}
        query={list}
        isEmpty={list.data?.certifications.length === 0}
        count={list.data?.count ?? 0}
      >
        <CertificationsTable certifications={list.data?.certifications ?? []} />
      </PagedTabs>
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
