// What every OCOP database needs before anyone can sell: the store in VND, the Vietnam region,
// the online sales channel, the default shipping profile and the storefront's publishable key
// linked to that channel. Shared by the production bootstrap (bootstrap/index.ts) and the demo
// seed; every step looks its thing up first, so running it again changes nothing.
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
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
  /** The storefront's publishable API key. */
  publishableKey: string
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
  const publishableKey = await storefrontKey(container, channelId)
  return { channelId, regionId, shippingProfileId, publishableKey }
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

async function storefrontKey(container: MedusaContainer, channelId: string): Promise<string> {
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
