import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  isOrderAccessToken,
  ORDER_TOKEN_FIELD,
  ORDER_TOKEN_HEADER,
  orderAccessToken,
  sameEmail,
} from "../../../lib/order-access"

// Medusa serves a store order to anyone holding its id, and lets any signed-in customer ask to
// take it over. These guards put a proof in front of every store route that names an order:
// the customer it belongs to, or the order's access token (a guest's proof of having placed
// it). Whoever has neither gets the 404 of an order that does not exist.

type OrderFacts = { id: string; email: string | null; customer_id: string | null }

const notFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${id} was not found`)

function serverSecret(scope: MedusaContainer): string {
  const config: ConfigModule = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return config.projectConfig.http.cookieSecret ?? ""
}

async function orderFacts(scope: MedusaContainer, id: string): Promise<OrderFacts | undefined> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "email", "customer_id"],
    filters: { id },
  })
  return data[0] as OrderFacts | undefined
}

/** The signed-in customer's id; store routes authenticate customers when a token is sent. */
function customerIdOf(req: MedusaRequest): string | undefined {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : undefined
}

function holdsToken(req: MedusaRequest, order: OrderFacts): boolean {
  return isOrderAccessToken(serverSecret(req.scope), order.id, req.get(ORDER_TOKEN_HEADER))
}

function isOwner(req: MedusaRequest, order: OrderFacts): boolean {
  const customerId = customerIdOf(req)
  return Boolean(customerId) && customerId === order.customer_id
}

async function provesEmail(req: MedusaRequest, order: OrderFacts): Promise<boolean> {
  const customerId = customerIdOf(req)
  if (!customerId) return false
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["email"],
    filters: { id: customerId },
  })
  return sameEmail((data[0] as { email?: string } | undefined)?.email, order.email)
}

/** Reading an order: its customer, signed in, or the holder of its token. */
async function mayRead(req: MedusaRequest, orderId: string): Promise<boolean> {
  const order = await orderFacts(req.scope, orderId)
  return Boolean(order && (isOwner(req, order) || holdsToken(req, order)))
}

/** GET /store/orders/:id */
export async function requireOrderReader(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  next((await mayRead(req, req.params.id)) ? undefined : notFound(req.params.id))
}

/**
 * POST /store/returns names its order in the body: the same proof as reading it. A body
 * without an order id goes on to Medusa's validator, which refuses it.
 */
export async function requireReturnOrderReader(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const orderId = (req.body as { order_id?: unknown } | undefined)?.order_id
  if (typeof orderId !== "string" || !orderId) return next()
  next((await mayRead(req, orderId)) ? undefined : notFound(orderId))
}

/**
 * POST /store/orders/:id/transfer/{request,cancel,accept,decline}: moving an order between
 * accounts needs proof of the order's email — signed in as a customer with that email, or
 * holding the order's token.
 */
export async function requireOrderEmailHolder(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const order = await orderFacts(req.scope, req.params.id)
  const proven = order && (holdsToken(req, order) || (await provesEmail(req, order)))
  next(proven ? undefined : notFound(req.params.id))
}

/**
 * POST /store/carts/:id/complete: the response that carries the new order also carries its
 * token, to the browser that placed it (the only holder of the cart id).
 */
export function handOutOrderToken(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const secret = serverSecret(req.scope)
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    const completed = body as { type?: unknown; order?: { id?: unknown } } | null
    const orderId = completed?.type === "order" ? completed.order?.id : undefined
    return send(
      typeof orderId === "string"
        ? { ...completed, [ORDER_TOKEN_FIELD]: orderAccessToken(secret, orderId) }
        : body,
    )
  }) as MedusaResponse["json"]
  next()
}
