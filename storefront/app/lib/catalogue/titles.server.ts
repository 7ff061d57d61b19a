import type { Order } from "../checkout/commerce-types.ts"
import type { Locale } from "../i18n/i18n.ts"
import { findListedProduct } from "./ocop.server.ts"

const ttlMs = 10 * 60_000
const cache = new Map<string, { at: number; title: Promise<string | null> }>()

/** A product's title in `locale` (the OCOP story's), or null when it is not listed any more. */
function productTitle(handle: string, locale: Locale): Promise<string | null> {
  const key = `${locale}:${handle}`
  const entry = cache.get(key)
  if (entry && Date.now() - entry.at < ttlMs) return entry.title
  const title = findListedProduct(handle, locale).then((product) => product?.title ?? null)
  cache.set(key, { at: Date.now(), title })
  title.catch(() => cache.delete(key))
  return title
}

/**
 * Orders keep the Vietnamese product titles they were placed with; an English page shows
 * the English title of each product still listed.
 */
export async function localizeOrderTitles(orders: Order[], locale: Locale): Promise<Order[]> {
  if (locale === "vi") return orders
  const handles = [
    ...new Set(orders.flatMap((order) => order.items.flatMap((item) => item.product_handle ?? []))),
  ]
  const titles = new Map(
    await Promise.all(
      handles.map(
        async (handle) => [handle, await productTitle(handle, locale).catch(() => null)] as const,
      ),
    ),
  )
  return orders.map((order) => ({
    ...order,
    items: order.items.map((item) => ({
      ...item,
      title: (item.product_handle && titles.get(item.product_handle)) || item.title,
    })),
  }))
}
