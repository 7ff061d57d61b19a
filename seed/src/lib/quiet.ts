import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

type Subscriber = (data: unknown) => Promise<void>
type EventBus = {
  eventToSubscribersMap?: Map<string | symbol, { id: string; subscriber: Subscriber }[]>
  subscribe(event: string, subscriber: Subscriber, context?: { subscriberId: string }): unknown
  unsubscribe(event: string, subscriber: Subscriber, context?: { subscriberId: string }): unknown
}

/**
 * Runs `work` with the given subscribers detached from every event they listen to — the bulk
 * load's equivalent of dropping an index and rebuilding it afterwards. Ids that are not
 * registered are skipped.
 */
export async function withoutSubscribers<T>(
  container: MedusaContainer,
  subscriberIds: string[],
  work: () => Promise<T>,
): Promise<T> {
  const bus = container.resolve(Modules.EVENT_BUS) as unknown as EventBus
  const subscriptions = [...(bus.eventToSubscribersMap?.entries() ?? [])]
  const detached = subscriptions.flatMap(([event, entries]) =>
    entries
      .filter((entry) => subscriberIds.includes(entry.id))
      .map((entry) => ({ event: String(event), ...entry })),
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
