import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Subscriber = (data: unknown) => Promise<void>
type EventBus = {
  eventToSubscribersMap?: Map<string | symbol, { id: string; subscriber: Subscriber }[]>
  subscribe(event: string, subscriber: Subscriber, context?: { subscriberId: string }): unknown
  unsubscribe(event: string, subscriber: Subscriber, context?: { subscriberId: string }): unknown
}

/**
 * Runs `work` with the named subscribers detached from the given events. The OCOP plugin's
 * `refresh-listing-on-variant-change` runs one refresh workflow per created variant; while the
 * seed creates thousands of variants that backlog dominates, and the assignment step right
 * after recomputes the same listings in one batch anyway. Unknown ids are simply not found.
 */
export async function withoutSubscribers<T>(
  container: MedusaContainer,
  events: string[],
  subscriberIds: string[],
  work: () => Promise<T>,
): Promise<T> {
  const bus = container.resolve(Modules.EVENT_BUS) as unknown as EventBus
  const detached = events.flatMap((event) =>
    (bus.eventToSubscribersMap?.get(event) ?? [])
      .filter((entry) => subscriberIds.includes(entry.id))
      .map((entry) => ({ event, ...entry })),
  )
  for (const { event, id, subscriber } of detached)
    bus.unsubscribe(event, subscriber, { subscriberId: id })
  try {
    return await work()
  } finally {
    // Grouped events are released on a later tick; let the last batch's go by before reattaching.
    await new Promise((resolve) => setImmediate(resolve))
    for (const { event, id, subscriber } of detached) {
      // Outside worker mode the bus keeps the id registered after unsubscribing; drop it first.
      const entries = bus.eventToSubscribersMap?.get(event)
      const index = entries?.findIndex((entry) => entry.id === id) ?? -1
      if (entries && index >= 0) entries.splice(index, 1)
      bus.subscribe(event, subscriber, { subscriberId: id })
    }
  }
}
