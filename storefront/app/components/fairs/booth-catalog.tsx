import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import { EmptyState } from "#app/components/ui/empty-state.tsx"
import { ProductCard } from "#app/components/ui/product-card.tsx"
import type { FairProductGroup } from "#app/lib/fairs/catalogue.ts"
import { groupLabelKey } from "#app/lib/catalogue/ocop-labels.ts"
import type { FairBooth, ProductSummary } from "@ocop/shared"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"
import { StockLeft } from "./stock-left.tsx"

/** Units left on the fair ground by product id, while the fair is on (null otherwise). */
type StockLeftMap = Record<string, number> | null

/** A booth's number, its producer (linked to their page) and its products with what is left. */
export function BoothSection({ booth, stockLeft }: { booth: FairBooth; stockLeft: StockLeftMap }) {
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
        <ul className="product-grid">
          {booth.products.map((product) => (
            <FairItem key={product.id} product={product} units={stockLeft?.[product.id]} />
          ))}
        </ul>
      )}
    </section>
  )
}

/** The same products under their OCOP product group, each with the booth to find it at. */
export function GroupSection({
  entry,
  stockLeft,
}: {
  entry: FairProductGroup
  stockLeft: StockLeftMap
}) {
  const { t } = useTranslation()
  const { t: tf } = useTranslation("fairs")
  const headingId = `group-${entry.group}`
  return (
    <section className="fair-booth" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(groupLabelKey(entry.group))}</h3>
      <ul className="product-grid">
        {entry.items.map(({ product, booth }) => (
          <FairItem
            key={`${booth.id}-${product.id}`}
            product={product}
            units={stockLeft?.[product.id]}
          >
            <p className="fair-item__booth">{tf("fair.boothTag", { number: booth.number })}</p>
          </FairItem>
        ))}
      </ul>
    </section>
  )
}

/** A product of the catalog, with what is left of it on the fair ground while the fair is on. */
function FairItem({
  product,
  units,
  children,
}: {
  product: ProductSummary
  units: number | undefined
  children?: ReactNode
}) {
  return (
    <li className="fair-item">
      <ProductCard product={product} />
      {children}
      <StockLeft units={units} />
    </li>
  )
}
