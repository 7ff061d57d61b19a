// The demo's delivery: nationwide shipping from the hub centre. The store, region, channel and
// key come from the production bootstrap's setUpCommerce (backend/bootstrap/commerce.ts).
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import type { Commerce } from "../../backend/bootstrap/commerce"

export { type Commerce, setUpCommerce } from "../../backend/bootstrap/commerce"

/**
 * Nationwide delivery from one location: the provincial centre that holds stock of every listed
 * product (the online shop's dispatch point). Created once; later runs leave it as it is.
 */
export async function setUpDelivery(
  container: MedusaContainer,
  commerce: Commerce,
  locationId: string,
) {
  const { regionId, shippingProfileId } = commerce
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const name = "Giao hàng toàn quốc"
  if ((await fulfillment.listFulfillmentSets({ name })).length) return
  const set = await fulfillment.createFulfillmentSets({
    name,
    type: "shipping",
    service_zones: [{ name: "Việt Nam", geo_zones: [{ country_code: "vn", type: "country" }] }],
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Giao hàng tiêu chuẩn",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: set.service_zones[0].id,
        shipping_profile_id: shippingProfileId,
        type: { label: "Tiêu chuẩn", description: "2–5 ngày", code: "standard" },
        prices: [
          { currency_code: "vnd", amount: 30000 },
          { region_id: regionId, amount: 30000 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
}
