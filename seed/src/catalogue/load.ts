import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  assignProductsToProducerWorkflow,
  createProducersWorkflow,
  recordCertificationWorkflow,
  revokeCertificationWorkflow,
  upsertProductStoriesWorkflow,
} from "medusa-plugin-ocop/workflows"
import type { Commerce } from "../commerce"
import { producers } from "./producers"
import type { SeedProduct } from "./products"

const OPTION = "Quy cách"

/** Loads producers, products, stories, certificates and centre stock; skips what exists. */
export async function loadCatalogue(
  container: MedusaContainer,
  commerce: Commerce,
  catalogue: SeedProduct[],
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: knownProducers } = await query.graph({ entity: "producer", fields: ["handle"] })
  const missingProducers = producers.filter(
    (producer) => !knownProducers.some((known) => known.handle === producer.handle),
  )
  if (missingProducers.length) {
    await createProducersWorkflow(container).run({ input: { producers: missingProducers } })
  }
  const { data: producerRows } = await query.graph({
    entity: "producer",
    fields: ["id", "handle"],
  })
  const producerId = new Map(producerRows.map((row) => [row.handle, row.id]))

  const productId = await createMissingProducts(container, commerce, catalogue)
  for (const [handle, id] of producerId) {
    const ids = catalogue.filter((item) => item.producer === handle).map((item) => productId.get(item.handle)!)
    if (ids.length) {
      await assignProductsToProducerWorkflow(container).run({ input: { producer_id: id, product_ids: ids } })
    }
  }
  await upsertProductStoriesWorkflow(container).run({
    input: {
      stories: catalogue.flatMap((item) =>
        (["vi", "en"] as const).map((locale) => ({
          product_id: productId.get(item.handle)!,
          locale,
          product_title: item[locale].title,
          product_description: item[locale].description,
          title: item[locale].title,
          body: item[locale].story,
          origin_place: item[locale].origin,
        })),
      ),
    },
  })
  await certify(container, catalogue, productId)
  await stockCentre(container, commerce.locationId, catalogue)
}

async function createMissingProducts(
  container: MedusaContainer,
  commerce: Commerce,
  catalogue: SeedProduct[],
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = catalogue.map((item) => item.handle)
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: handles },
  })
  const missing = catalogue.filter((item) => !existing.some((row) => row.handle === item.handle))
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((item) => ({
          title: item.vi.title,
          handle: item.handle,
          description: item.vi.description,
          status: "draft" as const,
          shipping_profile_id: commerce.shippingProfileId,
          sales_channels: [{ id: commerce.channelId }],
          options: [{ title: OPTION, values: item.variants.map((variant) => variant.title) }],
          variants: item.variants.map((variant) => ({
            title: variant.title,
            sku: variant.sku,
            weight: variant.weight,
            manage_inventory: item.group !== "tourism",
            options: { [OPTION]: variant.title },
            prices: [{ amount: variant.price, currency_code: "vnd" }],
          })),
        })),
      },
    })
  }
  const { data: rows } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: handles },
  })
  return new Map(rows.map((row) => [row.handle, row.id]))
}

const monthsAgo = (months: number) => new Date(Date.now() - months * 30.44 * 24 * 3600 * 1000)

async function certify(
  container: MedusaContainer,
  catalogue: SeedProduct[],
  productId: Map<string, string>,
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: known } = await query.graph({
    entity: "certification",
    fields: ["id", "certificate_number", "status"],
  })
  for (const [index, item] of catalogue.entries()) {
    const number = `OCOP-${String(index + 1).padStart(4, "0")}-${item.handle.slice(0, 12).toUpperCase()}`
    let cert = known.find((row) => row.certificate_number === number)
    if (!cert) {
      const national = item.stars === 5
      const { result } = await recordCertificationWorkflow(container).run({
        input: {
          product_id: productId.get(item.handle)!,
          certificate_number: number,
          decision_number: `${1000 + index}/QĐ-${national ? "BNNMT" : "UBND"}`,
          issuing_authority: national ? "Bộ Nông nghiệp và Môi trường" : `UBND tỉnh ${item.vi.origin.split(", ").pop()}`,
          stars: item.stars,
          score: item.score,
          product_group: item.group,
          product_subgroup: item.subgroup,
          issued_at: monthsAgo(item.issued_months_ago),
        },
      })
      cert = result
    }
    if (item.revoked && cert.status !== "revoked") {
      await revokeCertificationWorkflow(container).run({ input: { id: cert.id, reason: item.revoked } })
    }
  }
}

async function stockCentre(container: MedusaContainer, locationId: string, catalogue: SeedProduct[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = catalogue.flatMap((item) => item.variants.map((variant) => variant.sku))
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: skus },
  })
  const stock = new Map(catalogue.flatMap((item) => item.variants.map((v) => [v.sku, v.stock] as const)))
  const levels = items
    .filter((item) => !(item.location_levels ?? []).some((level: { location_id?: string } | null) => level?.location_id === locationId))
    .map((item) => ({
      inventory_item_id: item.id,
      location_id: locationId,
      stocked_quantity: stock.get(item.sku as string) ?? 0,
    }))
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
}
