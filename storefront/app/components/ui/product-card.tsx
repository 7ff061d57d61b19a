import { preconnect } from "react-dom"
import { useTranslation } from "react-i18next"
import { Link } from "react-router"
import type { ProductSummary } from "@ocop/shared"
import { useLocalizePath } from "#app/lib/i18n/use-locale.ts"
import { Price } from "./price.tsx"
import { StarBadge } from "./star-badge.tsx"

/** How a card's picture loads: "lcp" is the page's largest paint, fetched first. */
export type ImagePriority = "lcp" | "eager" | "lazy"

/**
 * The title link covers the whole card (see .product-card__link::after), so the
 * picture repeats nothing for screen readers and keeps an empty alt.
 */
export function ProductCard({
  product,
  imagePriority = "lazy",
}: {
  product: ProductSummary
  imagePriority?: ImagePriority
}) {
  const { t } = useTranslation()
  const localizePath = useLocalizePath()
  return (
    <article className="product-card">
      {product.thumbnail ? (
        <img
          className="product-card__image"
          src={product.thumbnail}
          alt=""
          loading={imagePriority === "lazy" ? "lazy" : "eager"}
          fetchPriority={imagePriority === "lcp" ? "high" : undefined}
          decoding={imagePriority === "lazy" ? "async" : undefined}
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

/** Cards in the first row of the widest grid (four columns). */
const firstRow = 4

/**
 * `aboveTheFold`: the grid starts on the first screen, so its first row's pictures load at once
 * and the first one, the page's largest paint on a phone, comes first; the rest load lazily.
 */
export function ProductGrid({
  products,
  aboveTheFold = false,
}: {
  products: ProductSummary[]
  aboveTheFold?: boolean
}) {
  const picturesOrigin = aboveTheFold ? originOf(products[0]?.thumbnail) : null
  if (picturesOrigin) preconnect(picturesOrigin)
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            imagePriority={
              !aboveTheFold || index >= firstRow ? "lazy" : index === 0 ? "lcp" : "eager"
            }
          />
        </li>
      ))}
    </ul>
  )
}

/** The host serving the pictures (the backend's file storage or a CDN), to connect to early. */
function originOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}
