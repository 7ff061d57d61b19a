import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { ProductSummary } from "#app/lib/ocop-types.ts"
import { useLocalizePath } from "#app/lib/use-locale.ts"
import { Price } from "./price.tsx"
import { StarBadge } from "./star-badge.tsx"

/**
 * The title link covers the whole card (see .product-card__link::after), so the
 * picture repeats nothing for screen readers and keeps an empty alt.
 */
export function ProductCard({ product }: { product: ProductSummary }) {
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  return (
    <article className="product-card">
      {product.thumbnail ? (
        <img
          className="product-card__image"
          src={product.thumbnail}
          alt=""
          loading="lazy"
          decoding="async"
          width={400}
          height={400}
        />
      ) : (
        <div className="product-card__image product-card__image--empty">
          {t("productCard.noImage")}
        </div>
      )}
      <div className="product-card__body">
        <StarBadge stars={product.stars} />
        <h3 className="product-card__title">
          <Link
            className="product-card__link"
            to={localizePath(`/products/${encodeURIComponent(product.handle)}`)}
          >
            {product.title}
          </Link>
        </h3>
        {product.subtitle ? <p className="product-card__subtitle">{product.subtitle}</p> : null}
        <p className="product-card__producer">
          {t("productCard.byProducer", {
            producer: product.producer.name,
            province: product.province,
          })}
        </p>
        <Price money={product.price} />
      </div>
    </article>
  )
}

export function ProductGrid({ products }: { products: ProductSummary[] }) {
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  )
}
