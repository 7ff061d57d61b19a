import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const ONLINE_CHANNEL = "OCOP trực tuyến"
export const STOREFRONT_KEY = "OCOP storefront"

export type Commerce = {
  channelId: string
  regionId: string
  shippingProfileId: string
}

/** Store, VND region, online sales channel, shipping profile and the storefront's API key. */
export async function setUpCommerce(container: MedusaContainer): Promise<Commerce> {
  const [store] = await container.resolve(Modules.STORE).listStores()
  const channelId = await onlineChannel(container, store.default_sales_channel_id)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "OCOP Việt Nam",
        supported_currencies: [{ currency_code: "vnd", is_default: true }],
        default_sales_channel_id: channelId,
      },
    },
  })
  const regionId = await vietnamRegion(container)
  const shippingProfileId = await shippingProfile(container)
  await storefrontKey(container, channelId)
  return { channelId, regionId, shippingProfileId }
}

/** The online shop is the store's default sales channel, renamed; created if there is none. */
async function onlineChannel(container: MedusaContainer, defaultChannelId?: string | null) {
  const channels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await channels.listSalesChannels({ name: ONLINE_CHANNEL })
  if (existing) return existing.id
  const data = { name: ONLINE_CHANNEL, description: "Cửa hàng OCOP trực tuyến" }
  if (defaultChannelId) {
    await updateSalesChannelsWorkflow(container).run({
      input: { selector: { id: defaultChannelId }, update: data },
    })
    return defaultChannelId
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [data] },
  })
  return result[0].id
}

async function vietnamRegion(container: MedusaContainer) {
  const regions = container.resolve(Modules.REGION)
  const [existing] = await regions.listRegions({ currency_code: "vnd" })
  if (existing) return existing.id
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Việt Nam",
          currency_code: "vnd",
          countries: ["vn"],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  const taxes = container.resolve(Modules.TAX)
  if (!(await taxes.listTaxRegions({ country_code: "vn" })).length) {
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: "vn", provider_id: "tp_system" }],
    })
  }
  return result[0].id
}

async function shippingProfile(container: MedusaContainer) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Mặc định", type: "default" }] },
  })
  return result[0].id
}

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

async function storefrontKey(container: MedusaContainer, channelId: string) {
  const keys = container.resolve(Modules.API_KEY)
  const [existing] = await keys.listApiKeys({ title: STOREFRONT_KEY, type: "publishable" })
  if (existing) return existing.token
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: STOREFRONT_KEY, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [channelId] },
  })
  return result[0].token
}
