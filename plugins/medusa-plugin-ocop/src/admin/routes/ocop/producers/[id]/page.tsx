import { useParams, type LoaderFunctionArgs, type UIMatch } from "react-router-dom"
import { ErrorState } from "../../../../components/error-state"
import { NavLabel } from "../../../../components/nav-label"
import { LoadingState } from "../../../../components/loading-state"
import { ProducerDetails } from "../../../../components/producer-details"
import { ProducerListingsTable } from "../../../../components/producer-listings-table"
import { useOcopTranslation } from "../../../../hooks/use-ocop-translation"
import { useProducer } from "../../../../hooks/use-producers"
import { adminFetch } from "../../../../lib/admin-fetch"
import type { ProducerDetail } from "../../../../lib/types"

/** One producer: who it is, where it works, and its products' listing state. */
const ProducerPage = () => {
  const { t } = useOcopTranslation()
  const { id = "" } = useParams()
  const producer = useProducer(id)

  if (producer.isLoading) return <LoadingState label={t("producer.loading")} />
  if (producer.isError || !producer.data) {
    return <ErrorState error={producer.error} what={t("producer.what")} />
  }
  return (
    <div className="flex flex-col gap-y-3">
      <ProducerDetails producer={producer.data.producer} />
      <ProducerListingsTable listings={producer.data.producer.listings} />
    </div>
  )
}

/**
 * Loads the producer's name for the breadcrumb. A failure is left to the page, which shows it
 * in place; the breadcrumb then reads "Producer" (translated).
 */
export async function loader({ params }: LoaderFunctionArgs) {
  return adminFetch<ProducerDetail>(`/admin/ocop/producers/${params.id}`).catch(() => undefined)
}

export const handle = {
  breadcrumb: ({ data }: UIMatch<ProducerDetail | undefined>) =>
    data?.producer.name ?? <NavLabel id="producer.crumb" />,
}

export default ProducerPage
