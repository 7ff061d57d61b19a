import { isPaymentMethod, type PaymentMethod } from "./payment.ts"

/**
 * Medusa's core Store API (carts, orders, customers) as the storefront shows it. Amounts are
 * whole đồng. The mappers take the fields the pages use, whatever else Medusa sends.
 */

export type Address = {
  first_name: string | null
  last_name: string | null
  phone: string | null
  address_1: string | null
  city: string | null
  province: string | null
}

export type CartLine = {
  id: string
  product_handle: string | null
  title: string
  variant_id: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  subtotal: number
}

export type PaymentSession = {
  provider_id: string
  amount: number | null
  data: Record<string, unknown> | null
}

export type Cart = {
  id: string
  email: string | null
  region_id: string | null
  customer_id: string | null
  items: CartLine[]
  item_count: number
  item_subtotal: number
  shipping_total: number
  tax_total: number
  total: number
  shipping_address: Address | null
  shipping_option_id: string | null
  shipping_method_name: string | null
  payment_method: PaymentMethod | null
  payment_sessions: PaymentSession[]
}

export type OrderLine = {
  id: string
  title: string
  variant_title: string | null
  product_handle: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number
}

export type Order = {
  id: string
  display_id: number
  created_at: string
  email: string | null
  status: string
  payment_status: string | null
  fulfillment_status: string | null
  items: OrderLine[]
  item_total: number
  shipping_total: number
  total: number
  shipping_address: Address | null
  shipping_methods: { name: string; amount: number; shipping_option_id: string | null }[]
  payment_method: PaymentMethod | null
}

export type Customer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}

type Loose = Record<string, unknown>

const num = (value: unknown): number => (typeof value === "number" ? value : Number(value ?? 0))
const str = (value: unknown): string | null => (typeof value === "string" ? value : null)
const list = (value: unknown): Loose[] =>
  Array.isArray(value)
    ? value.filter((item): item is Loose => typeof item === "object" && !!item)
    : []
const obj = (value: unknown): Loose | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Loose) : null

function toAddress(value: unknown): Address | null {
  const address = obj(value)
  if (!address) return null
  return {
    first_name: str(address.first_name),
    last_name: str(address.last_name),
    phone: str(address.phone),
    address_1: str(address.address_1),
    city: str(address.city),
    province: str(address.province),
  }
}

function paymentMethodOf(metadata: unknown): PaymentMethod | null {
  const method = obj(metadata)?.payment_method
  return isPaymentMethod(method) ? method : null
}

export function toCart(source: object): Cart {
  const cart = source as Loose
  const items = list(cart.items)
    .map((item) => ({
      id: String(item.id),
      product_handle: str(item.product_handle),
      title: str(item.product_title) ?? str(item.title) ?? "",
      variant_id: str(item.variant_id),
      variant_title: str(item.variant_title),
      thumbnail: str(item.thumbnail),
      quantity: num(item.quantity),
      unit_price: num(item.unit_price),
      subtotal: num(item.subtotal ?? num(item.unit_price) * num(item.quantity)),
    }))
    .sort((a, b) => a.id.localeCompare(b.id))
  const shippingMethod = list(cart.shipping_methods)[0]
  const sessions = list(obj(cart.payment_collection)?.payment_sessions)
  return {
    id: String(cart.id),
    email: str(cart.email),
    region_id: str(cart.region_id),
    customer_id: str(cart.customer_id),
    items,
    item_count: items.reduce((sum, item) => sum + item.quantity, 0),
    item_subtotal: num(cart.item_subtotal),
    shipping_total: num(cart.shipping_total),
    tax_total: num(cart.tax_total),
    total: num(cart.total),
    shipping_address: toAddress(cart.shipping_address),
    shipping_option_id: str(shippingMethod?.shipping_option_id),
    shipping_method_name: str(shippingMethod?.name),
    payment_method: paymentMethodOf(cart.metadata),
    payment_sessions: sessions.map((session) => ({
      provider_id: String(session.provider_id),
      amount: session.amount == null ? null : num(session.amount),
      data: obj(session.data),
    })),
  }
}

export function toOrder(source: object): Order {
  const order = source as Loose
  return {
    id: String(order.id),
    display_id: num(order.display_id),
    created_at: String(order.created_at),
    email: str(order.email),
    status: String(order.status ?? "pending"),
    payment_status: str(order.payment_status),
    fulfillment_status: str(order.fulfillment_status),
    items: list(order.items).map((item) => ({
      id: String(item.id),
      title: str(item.product_title) ?? str(item.title) ?? "",
      variant_title: str(item.variant_title),
      product_handle: str(item.product_handle),
      thumbnail: str(item.thumbnail),
      quantity: num(item.quantity),
      unit_price: num(item.unit_price),
      total: num(item.total ?? num(item.unit_price) * num(item.quantity)),
    })),
    item_total: num(order.item_total),
    shipping_total: num(order.shipping_total),
    total: num(order.total),
    shipping_address: toAddress(order.shipping_address),
    shipping_methods: list(order.shipping_methods).map((method) => ({
      name: String(method.name ?? ""),
      amount: num(method.amount),
      shipping_option_id: str(method.shipping_option_id),
    })),
    payment_method: paymentMethodOf(order.metadata),
  }
}
