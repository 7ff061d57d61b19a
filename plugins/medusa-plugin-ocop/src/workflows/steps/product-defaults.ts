import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Where a producer's new product goes: the store's online sales channel and default shipping. */
export const productDefaultsStep = createStep(
  "ocop-product-defaults",
  async (_: void, { container }) => {
    const [store] = await container.resolve(Modules.STORE).listStores()
    const [profile] = await container
      .resolve(Modules.FULFILLMENT)
      .listShippingProfiles({ type: "default" })
    if (!store?.default_sales_channel_id || !profile) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "The store has no default sales channel or shipping profile; run the seed first.",
      )
    }
    return new StepResponse({
      sales_channel_id: store.default_sales_channel_id,
      shipping_profile_id: profile.id,
    })
  },
)
