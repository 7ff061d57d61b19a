import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const ONLINE_CHANNEL = "OCOP trực tuyến"
export const STOREFRONT_KEY = "OCOP storefront"

export type Commerce = {
  channelId: string
  regionId: string
  locationId: string
  shippingProfileId: string
}

/** Store, VND region, online sales channel, the provincial centre, delivery and the API key. */
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
  const locationId = await provincialCentre(container, channelId)
  await delivery(container, locationId, regionId, shippingProfileId)
  await storefrontKey(container, channelId)
  return { channelId, regionId, locationId, shippingProfileId }
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

const CENTRE = "Trung tâm OCOP tỉnh Đắk Lắk"

async function provincialCentre(container: MedusaContainer, channelId: string) {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await locations.listStockLocations({ name: CENTRE })
  if (existing) return existing.id
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: CENTRE,
          address: {
            address_1: "Số 10 Lê Duẩn, phường Buôn Ma Thuột",
            city: "Buôn Ma Thuột",
            province: "Đắk Lắk",
            country_code: "vn",
          },
          metadata: { ocop_type: "provincial_centre", opening_hours: "07:30–21:00" },
        },
      ],
    },
  })
  const locationId = result[0].id
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: locationId, add: [channelId] },
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  return locationId
}

async function delivery(
  container: MedusaContainer,
  locationId: string,
  regionId: string,
  shippingProfileId: string,
) {
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
