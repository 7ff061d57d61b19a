import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Locale } from "@ocop/shared"
import { OCOP_MODULE } from "../../../../../modules/ocop/lib/constants"
import { sanitizeStory } from "../../../../../modules/ocop/lib/sanitize-story"
import type OcopModuleService from "../../../../../modules/ocop/service"
import { productAvailability } from "../../../../../lib/availability"
import { vndAmount } from "../../../../../lib/prices"
import { PRODUCT_PAGE_FIELDS } from "../../../../../lib/product-fields"
import { producerView } from "../../../../../lib/producer-view"
import { certificationState } from "../../../../../modules/ocop/lib/certification-rules"
import { listedNowFilter } from "../../../../../modules/ocop/lib/listed-now"

type Price = { amount: number; currency_code: string }
type VariantRow = { id: string; title: string; sku: string | null; prices?: Price[] | null }

const vnd = (prices?: Price[] | null) => {
  const amount = vndAmount(prices)
  return amount === null ? null : { amount, currency_code: "vnd" }
}

const notFound = (handle: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${handle} was not found.`)

/** Everything the product page shows, or 404 when the gate does not list the product now. */
export async function productDetail(container: MedusaContainer, handle: string, locale: Locale) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const { data: products } = await query.graph({
    entity: "product",
    fields: [...PRODUCT_PAGE_FIELDS, "images.rank"],
    filters: { handle, status: "published" },
  })
  const product = products[0]
  if (!product) throw notFound(handle)
  // One round for the rest: the certificate is read among the product's certificates, so it
  // need not wait for the listing that names the current one.
  const [[listing], certifications, stories, availability] = await Promise.all([
    ocop.listListings(
      { product_id: product.id, ...listedNowFilter() },
      { relations: ["producer"] },
    ),
    ocop.listCertifications({ product_id: product.id }),
    ocop.listProductStories({ product_id: product.id }),
    productAvailability(container, product.id),
  ])
  const certification = certifications.find((row) => row.id === listing?.certification_id)
  if (!listing || !certification) throw notFound(handle)
  const story = stories.find((s) => s.locale === locale) ?? stories.find((s) => s.locale === "vi")
  const variants = (product.variants ?? []) as VariantRow[]
  const { producer } = listing
  return {
    id: product.id,
    handle: product.handle,
    title: story?.product_title ?? product.title,
    subtitle: product.subtitle,
    description: story?.product_description ?? product.description,
    thumbnail: product.thumbnail,
    images: [...(product.images ?? [])]
      .sort((a, b) => (a?.rank ?? 0) - (b?.rank ?? 0))
      .map((image) => ({ id: image!.id, url: image!.url })),
    price:
      listing.price_from === null ? null : { amount: listing.price_from, currency_code: "vnd" },
    variants: variants.map((v) => ({ id: v.id, title: v.title, sku: v.sku, price: vnd(v.prices) })),
    stars: listing.stars,
    level: listing.level,
    product_group: listing.product_group,
    province: listing.province,
    certification: {
      certificate_number: certification.certificate_number,
      decision_number: certification.decision_number,
      issuing_authority: certification.issuing_authority,
      issued_at: certification.issued_at,
      expires_at: certification.expires_at,
      stars: certification.stars,
      score: certification.score,
      level: certification.level,
      // The gate's verdict on it, so the storefront never recomputes the rule.
      state: certificationState(certification),
      product_group: certification.product_group,
      product_subgroup: certification.product_subgroup,
    },
    story: story
      ? {
          title: story.title,
          body: sanitizeStory(story.body),
          origin_place: story.origin_place,
          video_url: story.video_url,
        }
      : null,
    availability,
    producer: producerView(producer),
  }
}
