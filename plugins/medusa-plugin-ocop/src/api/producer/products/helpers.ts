import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  certificationState,
  currentCertification,
} from "../../../modules/ocop/lib/certification-rules"
import { OCOP_MODULE } from "../../../modules/ocop/lib/constants"
import { isListedNow } from "../../../modules/ocop/lib/listed-now"
import type OcopModuleService from "../../../modules/ocop/service"
import { vndAmount } from "../../../lib/prices"
import { PRODUCT_PAGE_FIELDS } from "../../../lib/product-fields"

type Price = { amount: number; currency_code: string }
type VariantRow = {
  id: string
  title: string
  sku: string | null
  weight: number | null
  prices?: Price[] | null
}

/** A producer's products with what they need to act on: listed or not, and until when. */
export async function producerProductRows(
  container: MedusaContainer,
  producerId: string,
  page: { limit: number; offset: number },
) {
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [listings, count] = await ocop.listAndCountListings(
    { producer_id: producerId },
    { take: page.limit, skip: page.offset, order: { created_at: "DESC" } },
  )
  const productIds = listings.map((listing) => listing.product_id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: products }, certifications] = await Promise.all([
    query.graph({
      entity: "product",
      fields: ["id", "handle", "title", "status", "thumbnail"],
      filters: { id: productIds },
    }),
    productIds.length ? ocop.listCertifications({ product_id: productIds }) : Promise.resolve([]),
  ])
  const byId = new Map(products.map((product) => [product.id, product]))
  return {
    products: listings.flatMap((listing) => {
      const product = byId.get(listing.product_id)
      if (!product) return []
      const current = currentCertification(
        certifications.filter((cert) => cert.product_id === listing.product_id),
      )
      return [
        {
          ...product,
          listed: isListedNow(listing),
          stars: listing.stars,
          certificate: current
            ? {
                certificate_number: current.certificate_number,
                stars: current.stars,
                state: certificationState(current),
                expires_at: current.expires_at,
              }
            : null,
        },
      ]
    }),
    count,
    limit: page.limit,
    offset: page.offset,
  }
}

/** One of the producer's products as its edit form needs it. */
export async function producerProductDetail(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const [{ data }, stories, certifications, listings] = await Promise.all([
    query.graph({
      entity: "product",
      fields: [...PRODUCT_PAGE_FIELDS, "status", "variants.weight"],
      filters: { id: productId },
    }),
    ocop.listProductStories({ product_id: productId }),
    ocop.listCertifications({ product_id: productId }, { order: { issued_at: "DESC" } }),
    ocop.listListings({ product_id: productId }),
  ])
  const product = data[0]
  return {
    ...product,
    variants: ((product.variants ?? []) as VariantRow[]).map(({ prices, ...variant }) => ({
      ...variant,
      price: vndAmount(prices) || null,
    })),
    listed: listings[0] ? isListedNow(listings[0]) : false,
    stories,
    certifications: certifications.map((cert) => ({
      certificate_number: cert.certificate_number,
      stars: cert.stars,
      level: cert.level,
      issued_at: cert.issued_at,
      expires_at: cert.expires_at,
      state: certificationState(cert),
    })),
  }
}
