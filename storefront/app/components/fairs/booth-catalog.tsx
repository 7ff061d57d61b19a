import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { ProductCard, ProductGrid } from "#app/components/ui/product-card.tsx"
import type { FairProductGroup } from "#app/lib/fairs/catalogue.ts"
import { groupLabelKey } from "#app/lib/catalogue/ocop-labels.ts"
import type { FairBooth } from "@ocop/shared"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"

/** A booth's number, its producer (linked to their page) and its products. */
export function BoothSection({ booth }: { booth: FairBooth }) {
  const { t } = useTranslation("fairs")
  const localizePath = useLocalizePath()
  const headingId = `booth-${booth.id}`
  return (
    <section className="fair-booth" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("fair.booth", { number: booth.number })}</h3>
      <p className="fair-booth__producer">
        {booth.producer ? (
          <>
            <Link to={localizePath(`/producers/${encodeURIComponent(booth.producer.handle)}`)}>
              {booth.producer.name}
            </Link>
            {`, ${booth.producer.province}`}
          </>
        ) : (
          t("fair.producerUnknown")
        )}
      </p>
      {booth.products.length === 0 ? (
        <EmptyState title={t("fair.boothEmpty")} />
      ) : (
        <ProductGrid products={booth.products} />
      )}
    </section>
  )
}

/** The same products under their OCOP product group, each with the booth to find it at. */
export function GroupSection({ entry }: { entry: FairProductGroup }) {
  const { t } = useTranslation()
  const { t: tf } = useTranslation("fairs")
  const headingId = `group-${entry.group}`
  return (
    <section className="fair-booth" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(groupLabelKey(entry.group))}</h3>
      <ul className="product-grid">
        {entry.items.map(({ product, booth }) => (
          <li key={`${booth.id}-${product.id}`} className="fair-item">
            <ProductCard product={product} />
            <p className="fair-item__booth">{tf("fair.boothTag", { number: booth.number })}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
