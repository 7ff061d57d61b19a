import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { AssignProducerForm } from "../components/assign-producer-form"
import { CertificationHistoryTable } from "../components/certification-history-table"
import { CurrentCertification } from "../components/current-certification"
import { MutedLine } from "../components/data-table"
import { EmptyState } from "../components/empty-state"
import { ErrorState } from "../components/error-state"
import { ListingBadge } from "../components/listing-badge"
import { LoadingState } from "../components/loading-state"
import { RecordCertificationDrawer } from "../components/record-certification-drawer"
import { RevokeCertificationDrawer } from "../components/revoke-certification-drawer"
import { SectionRow } from "../components/section-row"
import { useOcopProduct } from "../hooks/use-ocop-product"
import { useOcopTranslation } from "../hooks/use-ocop-translation"
import { listingVerdict } from "../lib/listing-verdict"
import type { CertificationWithState } from "../lib/types"

/** The product's OCOP file: listing gate, producer, current certificate and its history. */
const ProductOcopWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useOcopTranslation()
  const file = useOcopProduct(product.id)
  const [recording, setRecording] = useState(false)
  const [revoking, setRevoking] = useState<CertificationWithState | null>(null)
  const verdict = file.data ? listingVerdict(file.data) : null
  const listing = file.data?.listing ?? null

  return (
    <Container className="divide-y p-0" role="region" aria-labelledby="ocop-widget-heading">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h2" id="ocop-widget-heading">
            {t("productOcop.title")}
          </Heading>
          {verdict && (
            <div>
              <ListingBadge verdict={verdict} />
            </div>
          )}
        </div>
        {listing && (
          <Button size="small" variant="secondary" onClick={() => setRecording(true)}>
            {t("recordCertification.title")}
          </Button>
        )}
      </div>
      {file.isLoading && <LoadingState label={t("productOcop.loading")} />}
      {file.isError && <ErrorState error={file.error} what={t("productOcop.what")} />}
      {file.data && !listing && <AssignProducerForm productId={product.id} />}
      {listing && (
        <SectionRow label={t("producerUsers.producer")}>
          <Link
            to={`/ocop/producers/${listing.producer.id}`}
            className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            {listing.producer.name}
          </Link>
          <MutedLine>{`${listing.producer.commune}, ${listing.producer.province}`}</MutedLine>
        </SectionRow>
      )}
      {verdict?.current && <CurrentCertification certification={verdict.current} />}
      {file.data && listing && file.data.certifications.length === 0 && (
        <EmptyState
          title={t("productOcop.noCertificate")}
          description={t("productOcop.noCertificateDescription")}
        />
      )}
      {file.data && file.data.certifications.length > 0 && (
        <div className="flex flex-col">
          <div className="px-6 pb-2 pt-4">
            <Heading level="h3">{t("certificationHistory.label")}</Heading>
          </div>
          <CertificationHistoryTable
            certifications={file.data.certifications}
            onRevoke={setRevoking}
          />
        </div>
      )}
      <RecordCertificationDrawer
        productId={product.id}
        open={recording}
        onOpenChange={setRecording}
      />
      <RevokeCertificationDrawer subject={revoking} onClose={() => setRevoking(null)} />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
  id: "ocop:product-ocop",
})

export default ProductOcopWidget
