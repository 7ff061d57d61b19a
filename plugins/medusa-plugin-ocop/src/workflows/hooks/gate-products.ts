import {
  createProductsWorkflow,
  deleteProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertPublishedAreListed } from "../../lib/gate"
import { clearReadCache, ReadCacheTags } from "../../lib/read-cache"
import { OCOP_MODULE, OcopEvents } from "../../modules/ocop/lib/constants"
import type OcopModuleService from "../../modules/ocop/service"

// Nobody — admin, producer, CSV import — publishes a product the certificate gate does not list.
createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await assertPublishedAreListed(container, products)
})

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await assertPublishedAreListed(container, products)
})

// A deleted product leaves the programme's listings with it: a listing left behind would still
// count in the store's totals and facets, and hold a fair booth, for a product nobody can buy.
// The hook is a step of the deletion's transaction, so its `ocop.listing.changed` events join
// the workflow's event group as emitEventStep's do: the event bus holds them until the
// deletion completes, and drops them if it is rolled back (the listings are restored then).
type Delisted = { listingIds: string[]; eventGroupId?: string }

deleteProductsWorkflow.hooks.productsDeleted(
  async ({ ids }, { container, eventGroupId }) => {
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    const listings = await ocop.listListings({ product_id: ids }, { select: ["id", "product_id"] })
    if (!listings.length) return new StepResponse(undefined, { listingIds: [] } as Delisted)
    await ocop.softDeleteListings(listings.map((listing) => listing.id))
    await clearReadCache(container, [ReadCacheTags.catalog])
    await container.resolve(Modules.EVENT_BUS).emit(
      listings.map((listing) => ({
        name: OcopEvents.LISTING_CHANGED,
        data: { product_id: listing.product_id, listed: false },
        metadata: eventGroupId ? { eventGroupId } : {},
      })),
    )
    const delisted: Delisted = { listingIds: listings.map((listing) => listing.id), eventGroupId }
    return new StepResponse(undefined, delisted)
  },
  async (undo, { container }) => {
    if (!undo?.listingIds.length) return
    const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
    await ocop.restoreListings(undo.listingIds)
    await clearReadCache(container, [ReadCacheTags.catalog])
    if (undo.eventGroupId) {
      await container
        .resolve(Modules.EVENT_BUS)
        .clearGroupedEvents(undo.eventGroupId, { eventNames: [OcopEvents.LISTING_CHANGED] })
    }
  },
)
