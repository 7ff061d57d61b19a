import type { MetaDescriptor } from "react-router"
import type { ProductDetail } from "@ocop/shared"

/** Translated by the loader, because `meta` runs outside React and its i18n context. */
export type Seo = {
  title: string
  description: string
  /** Absolute URL of the page without its query, when it should be the indexed one. */
  canonical?: string
  /** Carts, checkout and accounts are private: search engines keep out. */
  noindex?: boolean
}

export function seoMeta(seo: Seo | undefined): MetaDescriptor[] {
  if (!seo) return []
  const tags: MetaDescriptor[] = [
    { title: seo.title },
    { name: "description", content: seo.description },
    { property: "og:title", content: seo.title },
    { property: "og:description", content: seo.description },
  ]
  if (seo.canonical) {
    tags.push({ tagName: "link", rel: "canonical", href: seo.canonical })
    tags.push({ property: "og:url", content: seo.canonical })
  }
  if (seo.noindex) tags.push({ name: "robots", content: "noindex, nofollow" })
  return tags
}

/**
 * schema.org Product for a product page: offers in whole đồng (VND has no minor unit) and
 * the producer as the brand.
 */
export function productJsonLd(product: ProductDetail, pageUrl: string) {
  const prices = product.variants.flatMap((variant) =>
    variant.price ? [Math.round(variant.price.amount)] : [],
  )
  if (prices.length === 0 && product.price) prices.push(Math.round(product.price.amount))
  const images = product.images.length
    ? product.images.map((image) => image.url)
    : product.thumbnail
      ? [product.thumbnail]
      : []
  const inStock = product.availability.some((place) => place.available > 0)
  const low = prices.length ? Math.min(...prices) : null
  const high = prices.length ? Math.max(...prices) : null
  const availability = inStock ? { availability: "https://schema.org/InStock" } : {}
  const offers =
    low === null || high === null
      ? undefined
      : low === high
        ? { "@type": "Offer", price: low, priceCurrency: "VND", url: pageUrl, ...availability }
        : {
            "@type": "AggregateOffer",
            lowPrice: low,
            highPrice: high,
            offerCount: prices.length,
            priceCurrency: "VND",
            url: pageUrl,
            ...availability,
          }
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    ...(product.description ? { description: product.description } : {}),
    ...(images.length ? { image: images } : {}),
    sku: product.variants[0]?.sku ?? product.handle,
    url: pageUrl,
    brand: { "@type": "Brand", name: product.producer.name },
    ...(offers ? { offers } : {}),
  }
}
