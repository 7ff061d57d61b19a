import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listedNowFilter, listedNowSql } from "../modules/ocop/lib/listed-now"

/**
 * A fingerprint of what the gate lists at this instant: it changes when any listing is written
 * (a certificate recorded or revoked, a price or producer change) and when one lapses at its
 * expiry, so what is built from the listed products (the sitemap) can be rebuilt exactly then.
 */
export async function gateVersion(container: MedusaContainer): Promise<string> {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const now = new Date()
  const [row] = await knex("ocop_listing as l").select(
    knex.raw(`count(*) filter (where ${listedNowSql("l")}) as listed`, [now]),
    knex.raw("max(greatest(l.updated_at, l.deleted_at)) as changed"),
  )
  return `${row.listed}.${row.changed ? new Date(row.changed).getTime() : 0}`
}

/** Which of these products are listable at this instant. */
export async function listedProductIds(
  container: MedusaContainer,
  productIds: string[],
): Promise<Set<string>> {
  if (!productIds.length) return new Set()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "listing",
    fields: ["product_id"],
    filters: { product_id: [...new Set(productIds)], ...listedNowFilter() },
  })
  return new Set(data.map((listing: { product_id: string }) => listing.product_id))
}

/** Refuses (400) any variant whose product has no active 3–5★ certificate at this instant. */
export async function assertVariantsListed(
  container: MedusaContainer,
  variantIds: (string | null | undefined)[],
): Promise<void> {
  const ids = [...new Set(variantIds.filter((id): id is string => !!id))]
  if (!ids.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "product.title"],
    filters: { id: ids },
  })
  const listed = await listedProductIds(
    container,
    variants.map((variant) => variant.product_id as string),
  )
  const refused = variants.filter((variant) => !listed.has(variant.product_id as string))
  if (refused.length) {
    const titles = refused.map((variant) => `"${variant.product?.title ?? ""}" (${variant.id})`)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Not for sale: ${titles.join(", ")} has no active 3–5 star OCOP certificate.`,
    )
  }
}

/** Refuses (400) publishing any product that the certificate gate does not list. */
export async function assertPublishedAreListed(
  container: MedusaContainer,
  products: { id: string; status?: string | null }[],
): Promise<void> {
  const published = products.filter((product) => product.status === "published")
  if (!published.length) return
  const listed = await listedProductIds(
    container,
    published.map((product) => product.id),
  )
  const refused = published.filter((product) => !listed.has(product.id))
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Only products with an active 3–5 star OCOP certificate can be published (${refused
        .map((product) => product.id)
        .join(", ")}). Record a certificate instead; publishing follows it.`,
    )
  }
}
