import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OcopEvents } from "../modules/ocop/lib/constants"
import { removeFairEntriesWorkflow } from "../workflows/fairs"

/** A product whose certificate is revoked or expires leaves every fair catalog. */
export default async function removeDelistedFromFairs({
  event,
  container,
}: SubscriberArgs<{ product_id: string; listed: boolean }>) {
  if (event.data.listed) return
  await removeFairEntriesWorkflow(container).run({
    input: { product_ids: [event.data.product_id] },
  })
}

export const config: SubscriberConfig = { event: OcopEvents.LISTING_CHANGED }
