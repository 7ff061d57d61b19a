import { useTranslation } from "react-i18next"
import type { Route } from "./+types/producer-page"
import { PageErrorBoundary } from "#app/components/error-boundary.tsx"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { ProducerFacts } from "#app/components/ui/producer-facts.tsx"
import { ProductGrid } from "#app/components/ui/product-card.tsx"
import { getInstance, getLocale } from "#app/lib/i18n/i18n.server.ts"
import { localizePath } from "#app/lib/i18n/i18n.ts"
import { legalFormLabelKey } from "#app/lib/catalogue/ocop-labels.ts"
import { getProducer } from "#app/lib/catalogue/ocop.server.ts"
import { seoMeta } from "#app/lib/catalogue/seo.ts"
import { publicUrl } from "#app/lib/core/site.server.ts"

/** A producer (cooperative, enterprise, household…): their story and listable products. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const locale = getLocale(context)
  const { t } = getInstance(context)
  const { producer, products } = await getProducer(params.handle, locale, request.signal)
  return {
    seo: {
      title: t("meta.title", { title: producer.name }),
      description:
        producer.story ??
        t("producer.description", { name: producer.name, province: producer.province }),
      canonical: publicUrl(
        request,
        localizePath(`/producers/${encodeURIComponent(producer.handle)}`, locale),
      ),
    },
    producer,
    products,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => seoMeta(loaderData?.seo)

export default function Producer({ loaderData }: Route.ComponentProps) {
  const { producer, products } = loaderData
  const { t } = useTranslation()
  return (
    <div className="container producer">
      <p className="story__kicker">{t(legalFormLabelKey(producer.legal_form))}</p>
      <h1>{producer.name}</h1>
      <div className="producer__intro">
        {producer.story ? <p className="producer__story">{producer.story}</p> : null}
        <ProducerFacts producer={producer} />
      </div>
      <section className="section" aria-labelledby="producer-products">
        <h2 id="producer-products">{t("producer.products", { count: products.length })}</h2>
        {products.length === 0 ? (
          <EmptyState title={t("producer.noProducts")} />
        ) : (
          <ProductGrid products={products} />
        )}
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <PageErrorBoundary page="producer" />
}
