import { toCart, type Cart } from "./commerce-types.ts"
import type { Locale } from "../i18n/i18n.ts"
import { getMedusa, Missing, storeCall, storeHeaders } from "../core/medusa.server.ts"
import type { ProductDetail } from "@ocop/shared"
import { findListedProduct } from "../catalogue/ocop.server.ts"

const cartFields = [
  "id",
  "email",
  "region_id",
  "customer_id",
  "completed_at",
  "metadata",
  "total",
  "item_subtotal",
  "shipping_total",
  "tax_total",
  "*items",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
].join(",")

let regionId: Promise<string> | undefined

/** The VND region ("Việt Nam") every cart is created in. */
export function getRegionId(): Promise<string> {
  regionId ??= storeCall("list regions", () =>
    getMedusa().store.region.list({ fields: "id,currency_code" }),
  )
    .then(({ regions }) => {
      const region = regions.find((candidate) => candidate.currency_code === "vnd")
      if (!region) throw new Error("The backend has no VND region.")
      return region.id
    })
    .catch((error: unknown) => {
      regionId = undefined
      throw error
    })
  return regionId
}

export async function getRegionPaymentProviders(): Promise<string[]> {
  const region_id = await getRegionId()
  const { payment_providers } = await storeCall("list payment providers", () =>
    getMedusa().store.payment.listPaymentProviders({ region_id }),
  )
  return payment_providers.map((provider) => provider.id)
}

/** The open cart with this id, or null when it is gone or already became an order. */
export async function retrieveCart(
  cartId: string,
  locale: Locale,
  token?: string | null,
): Promise<Cart | null> {
  try {
    const { cart } = await storeCall("retrieve cart", () =>
      getMedusa().store.cart.retrieve(cartId, { fields: cartFields }, storeHeaders(locale, token)),
    )
    return cart.completed_at ? null : toCart(cart)
  } catch (error) {
    if (error instanceof Missing) return null
    throw error
  }
}

/** Adds to the cart, creating one first when there is none; gives the cart's id. */
export async function addToCart(input: {
  cartId: string | null
  variantId: string
  quantity: number
  locale: Locale
  token?: string | null
}): Promise<string> {
  const headers = storeHeaders(input.locale, input.token)
  const item = { variant_id: input.variantId, quantity: input.quantity }
  const existing = input.cartId ? await retrieveCart(input.cartId, input.locale, input.token) : null
  if (existing) {
    await storeCall("add line item", () =>
      getMedusa().store.cart.createLineItem(existing.id, item, { fields: "id" }, headers),
    )
    return existing.id
  }
  const region_id = await getRegionId()
  const { cart } = await storeCall("create cart", () =>
    getMedusa().store.cart.create(
      { region_id, items: [item], locale: input.locale },
      { fields: "id" },
      headers,
    ),
  )
  return cart.id
}

export async function updateLineQuantity(
  cartId: string,
  lineId: string,
  quantity: number,
  locale: Locale,
  token?: string | null,
) {
  const headers = storeHeaders(locale, token)
  if (quantity <= 0) return removeLine(cartId, lineId, locale, token)
  await storeCall("update line item", () =>
    getMedusa().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" }, headers),
  )
}

export async function removeLine(
  cartId: string,
  lineId: string,
  locale: Locale,
  token?: string | null,
) {
  await storeCall("delete line item", () =>
    getMedusa().store.cart.deleteLineItem(cartId, lineId, {}, storeHeaders(locale, token)),
  )
}

/**
 * Each cart product's OCOP page data in the shopper's language, or null for a product the
 * certificate gate no longer lists (expired or revoked since it went into the cart).
 */
export async function listingsOf(
  cart: Cart,
  locale: Locale,
  signal?: AbortSignal,
): Promise<Map<string, ProductDetail | null>> {
  const handles = [
    ...new Set(cart.items.flatMap((item) => (item.product_handle ? [item.product_handle] : []))),
  ]
  const found = await Promise.all(
    handles.map(
      async (handle) => [handle, await findListedProduct(handle, locale, signal)] as const,
    ),
  )
  return new Map(found)
}
